using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// Bolton minutes never say "minutes" and label who came with a dash: "Present - Councillors Holroyd (Chairman), …"
/// under the committee's name and "MEETING, 11TH MARCH, 2025". Their decisions open "Resolved - (1) That …", a line
/// as capitalised as a heading, with the sentence wrapped onto the next line.
/// </summary>
public sealed class PresentDashMinutesTests
{
    private const string Minutes = """
                                     PLACE SCRUTINY COMMITTEE

                                     MEETING, 11TH MARCH, 2025

        Present - Councillors Holroyd (Chairman), Tonge (Vice-Chairman), Bromley,
        Darcy and Walkden.

        28.     HIGHWAYS RESURFACING PROGRAMME 2025/26 - PRE-DECISION SCRUTINY

                The Director of Place submitted a report on the proposed programme.

                Resolved - (1) That the proposed Highways Resurfacing Programme
                2025/26 be noted and supported.

                (2) That the Executive Cabinet Member for Highways and Transport be
                recommended to publish a ward-by-ward resurfacing programme on the
                Council's website, updated monthly.

        29.     FLY-TIPPING ENFORCEMENT - UPDATE

                Resolved - That the report be noted.
        """;

    [Fact]
    public void Extract_PresentWithADash_ReadsTheMinutesAndWhoCame()
    {
        var result = ExtractorFactory.Extract(Minutes, "minutes.txt");

        Assert.Equal(PartKind.Minutes, Assert.Single(result.Parts).Kind);
        Assert.Equal("Councillor Holroyd", Assert.Single(result.Facts.Meetings).Chair);
        Assert.Equal(["Councillor Holroyd", "Councillor Tonge", "Councillor Bromley", "Councillor Darcy", "Councillor Walkden"],
            result.Facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
    }

    [Fact]
    public void Extract_ResolvedNumberedFirstItemWrapped_KeepsItsWholeSentence()
    {
        var facts = ExtractorFactory.Extract(Minutes, "minutes.txt").Facts;

        var decided = facts.Resolutions.Where(r => r.MinuteNumber == "28").Select(r => r.Text).ToList();
        Assert.Equal(2, decided.Count);
        Assert.Equal("That the proposed Highways Resurfacing Programme 2025/26 be noted and supported.", decided[0]);
        Assert.Contains("ward-by-ward resurfacing programme", Assert.Single(facts.Recommendations).Text, StringComparison.Ordinal);
    }
}
