using System.Text;
using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>Minutes that head the columns of who was present with the members' parties, as Bradford prints them: the
/// parties are no one present.</summary>
public sealed class AttendanceByPartyTests
{
    private const string Minutes = """
        Minutes of a meeting of the Children's Services Overview and Scrutiny
        Committee held on Tuesday, 11 February 2025 in Committee Room 1, City Hall,
        Bradford

        Present – Councillors

        LABOUR                  CONSERVATIVE            LIBERAL DEMOCRAT         INDEPENDENT
        Councillor Ahmed        Councillor Townend      Councillor Jamieson      Councillor Clegg

        Apologies:      Councillor Sagoo

        44.   DISCLOSURES OF INTEREST

              No disclosures of interest were made.
        """;

    [Fact]
    public void Extract_PartiesOverTheColumnsOfNames_AreNotMembersPresent()
    {
        var attendance = ExtractorFactory.Create().Extract("minutes.txt", new PlainTextDocumentReader().Read("minutes.txt", Encoding.UTF8.GetBytes(Minutes))).Facts.Attendance;

        Assert.DoesNotContain(attendance, a => a.Name.Contains("DEMOCRAT", StringComparison.OrdinalIgnoreCase) || a.Name.Contains("LABOUR", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(attendance, a => a.Name == "Councillor Jamieson" && a.Status == Core.Extraction.AttendanceStatus.Present);
    }
}
