using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Minutes as Scottish councils write them: "Minute of Meeting of…" (singular), the chair called the Convener, and
/// each item's decision under a "Decision" heading, as a list after "The Committee agreed:" or in one sentence.
/// </summary>
public sealed class ScottishMinuteFormsTests
{
    private const string Minute = """
        Westshire Council

        Education, Children and Families Committee

        Minute of Meeting of the Education, Children and Families Committee held in the Council Chambers, Civic Centre, Westtown on Thursday 6 March 2025 at 10.00 am

        Present:
        Councillor P Murray (Convener)
        Councillors K Reid, L Fraser, M Stewart

        1. Attainment Challenge Update

        There was submitted a report by the Executive Director of Education on progress with the attainment challenge.

        Decision

        The Committee agreed:
        (i) to note the progress made;
        (ii) to request a further report in six months.

        2. School Estate Strategy

        There was submitted a report on the school estate.

        Decision

        The Committee approved the School Estate Strategy 2025-2030.
        """;

    [Fact]
    public void Extract_DecisionHeadings_AreTheItemsResolutions()
    {
        var resolutions = ExtractorFactory.Extract(Minute).Facts.Resolutions;

        Assert.Equal(["To note the progress made", "To request a further report in six months.", "The Committee approved the School Estate Strategy 2025-2030."], resolutions.Select(r => r.Text.TrimEnd(';')));
        Assert.Equal(["1", "1", "2"], resolutions.Select(r => r.MinuteNumber));
        Assert.All(resolutions, r => Assert.Equal(new DateOnly(2025, 3, 6), r.MeetingDate));
    }

    [Fact]
    public void Extract_Convener_ChairsTheMeeting()
    {
        var facts = ExtractorFactory.Extract(Minute).Facts;

        Assert.Equal("Councillor P Murray", Assert.Single(facts.Meetings).Chair);
        Assert.Contains(facts.Attendance, a => a.Name == "Councillor P Murray" && a.Role == "Chair");
    }

    [Fact]
    public void Extract_DiscussionWithoutADecisionHeading_IsNoResolution()
    {
        var minute = Minute.Replace("Decision\n\nThe Committee agreed:", "Members discussed the following:", StringComparison.Ordinal)
            .Replace("Decision\n\nThe Committee approved", "Members asked about", StringComparison.Ordinal);

        Assert.Empty(ExtractorFactory.Extract(minute).Facts.Resolutions);
    }
    [Fact]
    public void Extract_MinuteOpeningWithPlaceAndDay_ReadsThePresentListAfterItsSentences()
    {
        const string minute = """
                              EDUCATION AND CHILDREN'S SERVICES COMMITTEE


            ABERTOWN, 11 March 2025. Minute of Meeting of the EDUCATION AND CHILDREN'S
            SERVICES COMMITTEE. Present:- Councillor Strachan, Convener; Councillor Duguid,
            Vice Convener; and Councillors Anderson, Baxter, Rattray and Thomson.
            External Members:- Reverend Moira Gauld and Mr Thomas Keenan.

            The agenda and reports associated with this minute can be found here online.


            DECLARATIONS OF INTEREST OR TRANSPARENCY STATEMENTS

            1.    There were no declarations of interest made at the meeting today.


            MINUTE OF PREVIOUS MEETING OF 21 JANUARY 2025

            2.    The Committee had before it the minute of its previous meeting of 21 January
                  2025 for approval.

                  The Committee resolved:-
                  to approve the minute as a correct record.
            """;

        var facts = ExtractorFactory.Extract(minute).Facts;

        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal((new DateOnly(2025, 3, 11), "Councillor Strachan"), (meeting.Date, meeting.Chair));
        Assert.Equal(
            ["Councillor Strachan", "Councillor Duguid", "Councillor Anderson", "Councillor Baxter", "Councillor Rattray", "Councillor Thomson", "Reverend Moira Gauld", "Mr Thomas Keenan"],
            facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.Equal("Vice Chair", facts.Attendance.Single(a => a.Name == "Councillor Duguid").Role);
    }
}
