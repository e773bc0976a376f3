using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Minutes whose items carry the committee's minute code ("CSS/40  Minutes (Agenda Item 3)", as Cornwall numbers
/// them) or are titled by what happened ("Minutes of previous meeting approved.", as Glasgow titles them): each is an
/// item of the minutes, not a report or another set of minutes, so its decisions belong to the meeting.
/// </summary>
public sealed class MinuteCodedItemsTests
{
    private const string Coded = """
        Westshire Council

        Minutes of a Meeting of the Customer Services Overview and Scrutiny Committee held in the Council Chamber, Truro on Tuesday 21 January 2025 commencing at 10.00 am.

        Present:        Councillor Nia Menhen (Chairman)
        Councillors:    Trudi Angel, Mark Bolt and Gemma Rowe
        Also in         Councillors Tamsin Hend (Portfolio Holder for Resources) and Piran
        attendance:     Carver (Portfolio Holder for Customer Services)

        CSS/40  Minutes (Agenda Item 3)

                It was proposed by Councillor Mark Bolt, seconded by Councillor Gemma Rowe and

                RESOLVED that the minutes of the meeting held on 21 November 2024 be approved as a
                correct record.

        CSS/44  Contact Centre Performance (Agenda Item 7)

                The Head of Customer Services presented the quarterly performance report.

                It was RESOLVED that the Committee asks the Head of Customer Services to circulate
                call abandonment figures by month.
        """;

    private const string Titled = """
        Westshire City Council

        Operational Delivery Scrutiny Committee

        Minutes of meeting held in the Council Chambers, City Chambers, Westshire, on Wednesday, 5th February 2025 at 10am.

        Present:       Councillor Fiona Blair (Chair), Councillors Ross MacAsk and Shona Pet.

        Minutes of previous meeting approved.

        1     The minutes of 27th November 2024 were submitted and approved.

        Libraries Performance.

        2     There was submitted a report on libraries.

              RESOLVED that a report on opening hours be submitted to the next meeting.
        """;

    [Fact]
    public void Extract_ItemsHeadedByTheirMinuteCode_StayInTheMinutes()
    {
        var result = ExtractorFactory.Extract(Coded);

        Assert.DoesNotContain(result.Parts, p => p.Kind == PartKind.Report);
        Assert.Equal(2, result.Facts.Resolutions.Count);
        Assert.All(result.Facts.Resolutions, r => Assert.Equal(new DateOnly(2025, 1, 21), r.MeetingDate));
    }

    [Fact]
    public void Extract_LabelWrappedInItsColumn_ListsThoseInAttendanceApart()
    {
        var attendance = ExtractorFactory.Extract(Coded).Facts.Attendance;

        Assert.Contains(attendance, a => a.Name.EndsWith("Hend", StringComparison.Ordinal) && a.Status == AttendanceStatus.InAttendance);
        Assert.DoesNotContain(attendance, a => a.Name.Contains("Also", StringComparison.Ordinal));
        Assert.Equal(4, attendance.Count(a => a.Status == AttendanceStatus.Present));
    }

    [Fact]
    public void Extract_ItemAboutTheLastMeetingsMinutes_OpensNoSecondMinutes()
    {
        var result = ExtractorFactory.Extract(Titled);

        Assert.Single(result.Parts, p => p.Kind == PartKind.Minutes);
        Assert.Contains(result.Facts.Resolutions, r => r.Text.Contains("opening hours", StringComparison.Ordinal) && r.MeetingDate == new DateOnly(2025, 2, 5));
    }
}
