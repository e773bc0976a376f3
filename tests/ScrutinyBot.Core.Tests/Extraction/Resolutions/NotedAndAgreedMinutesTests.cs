using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Minutes that record decisions as Glasgow, Belfast and other Scottish and Northern Irish councils do: "After
/// consideration, the committee noted the report and requested that …", "The Committee noted the update and agreed
/// …", "After consideration, the committee" over numbered decisions; a header that never says "minutes" over
/// "Members present:"; and a paragraph led in by "After consideration," that is no heading.
/// </summary>
public sealed class NotedAndAgreedMinutesTests
{
    private const string Glasgow = """
        Westshire City Council

        Operational Delivery Scrutiny Committee

        Minutes of meeting held in the Council Chambers, City Chambers, Westshire, on Wednesday, 5th February 2025 at 10am.

        Present:       Councillor Fiona Blair (Chair), Councillors Ross MacAsk and Shona Pet.

        Street Cleansing Performance.

        3     There was submitted a report on street cleansing performance.

              After consideration, the committee noted the report and requested that a ward-level
              breakdown of scores be circulated to all members.

        Community Sports Facilities.

        4     There was submitted a report on visitor numbers.

              After consideration, the committee
              (1)   noted the report; and
              (2)   agreed that a report on opening hours be submitted to the April 2025 meeting.

        Committee Work Programme.

        5     There was submitted a report regarding the committee's work programme.

              After consideration, the committee approved the work programme, subject to the addition
              of a report on parking enforcement.

        Customer Contact.

        6     Members heard about call waiting times. The committee noted that calls had risen.
        """;

    private const string Belfast = """
                                  People and Communities Committee

                                  Tuesday, 9th December, 2025

                       MEETING OF THE PEOPLE AND COMMUNITIES COMMITTEE

                 HELD IN THE LAVERY ROOM

             Members present:       Councillor Donnel (Chairperson);
                                    Councillors Bunt and Flinn.

                                             Minutes

                    The minutes of the meeting of 11th November were taken as read and signed as correct.

                          Waste Collection Fleet Replacement

                    The Committee was provided with an update on the procurement of vehicles.

                    The Committee noted the update and agreed that a further report be brought back in March 2026.
        """;

    [Fact]
    public void Extract_CommitteeNotedAndRequested_AreTheItemsDecisions()
    {
        var resolutions = ExtractorFactory.Extract(Glasgow).Facts.Resolutions;

        Assert.Contains(resolutions, r => r.Text.StartsWith("The committee noted the report and requested that a ward-level breakdown", StringComparison.Ordinal));
        Assert.Contains(resolutions, r => r.Text.Contains("report on opening hours be submitted", StringComparison.Ordinal));
        Assert.Contains(resolutions, r => r.Text.StartsWith("The committee approved the work programme", StringComparison.Ordinal));
        Assert.DoesNotContain(resolutions, r => r.Text.Contains("calls had risen", StringComparison.Ordinal));
        Assert.All(resolutions, r => Assert.Equal(new DateOnly(2025, 2, 5), r.MeetingDate));
    }

    [Fact]
    public void Extract_SentenceLedInByAPhrase_OpensNoWorkProgramme()
    {
        var parts = ExtractorFactory.Extract(Glasgow).Parts;

        Assert.DoesNotContain(parts, p => p.Kind == PartKind.WorkProgramme && p.Title.StartsWith("After", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MembersPresentUnderAMeetingHeader_AreMinutesOfThatMeeting()
    {
        var result = ExtractorFactory.Extract(Belfast);

        var meeting = Assert.Single(result.Facts.Meetings);
        Assert.Equal(new DateOnly(2025, 12, 9), meeting.Date);
        Assert.Contains(result.Facts.Resolutions, r => r.Text.Contains("further report be brought back in March 2026", StringComparison.Ordinal) && r.MeetingDate == meeting.Date);
    }
}
