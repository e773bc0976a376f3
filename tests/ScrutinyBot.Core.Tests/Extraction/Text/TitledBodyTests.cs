using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Tests.Extraction.Text;

/// <summary>The body a minutes or agenda title names after its lead words.</summary>
public sealed class TitledBodyTests
{
    [Theory]
    [InlineData("MINUTES OF THE CHILDREN, SCHOOLS AND FAMILIES SCRUTINY COMMITTEE", "Children, Schools and Families Scrutiny Committee")]
    [InlineData("Minutes of the Overview and Scrutiny Committee (Regeneration and Skills)", "Overview and Scrutiny Committee (Regeneration and Skills)")]
    [InlineData("Minutes of the meeting held on 14 January 2025", null)]
    [InlineData("Minutes of the previous meeting", null)]
    public void MinutesOf_ATitleNamingItsBody_GivesTheBody(string line, string? body) =>
        Assert.Equal(body, CouncilNames.MinutesOf(line));

    [Theory]
    [InlineData("AGENDA FOR THE POLICY AND PERFORMANCE SCRUTINY COMMITTEE", "Policy and Performance Scrutiny Committee")]
    [InlineData("Members of Policy and Performance Scrutiny Committee are summoned to a meeting, which", "Policy and Performance Scrutiny Committee")]
    [InlineData("Agenda for the meeting on 27 January 2025", null)]
    public void AgendaFor_ATitleOrSummonsNamingItsBody_GivesTheBody(string line, string? body) =>
        Assert.Equal(body, CouncilNames.AgendaFor(line));

    [Theory]
    [InlineData("Scrutiny Committee - Climate and Place", "Scrutiny Committee - Climate and Place")] // Somerset: the remit after a dash
    [InlineData("Scrutiny Committee – Adults and Health", "Scrutiny Committee – Adults and Health")]
    [InlineData("Scrutiny Committee - Agenda", null)] // what the paper is, not the body
    [InlineData("Planning Committee - Record of Decisions", null)]
    [InlineData("Westshire County Council - Highways and Transport", null)] // a council's directorate, not a committee
    [InlineData("Scrutiny Committee - the report was noted by members", null)]
    public void Read_BodyNameWithADashedRemit_GivesTheBody(string line, string? body) =>
        Assert.Equal(body, CouncilNames.Read(line).Committee);
}
