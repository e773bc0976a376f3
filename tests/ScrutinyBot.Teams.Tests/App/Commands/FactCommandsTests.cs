using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Teams.Tests.App.Fakes;

namespace ScrutinyBot.Teams.Tests.App.Commands;

/// <summary>overdue, due soon, resolutions, next meeting and meeting: what they ask Core and what the card says.</summary>
public sealed class FactCommandsTests
{
    private readonly CommandTableFactory _factory = new();

    [Fact]
    public async Task Overdue_WithCommittee_AsksAsOfTodayAndListsBothSections()
    {
        _factory.Facts.Overdue.Add(SampleFacts.Recommendation("4", new DateOnly(2025, 1, 20)));
        _factory.Facts.Partial.Add(SampleFacts.Recommendation("5", new DateOnly(2025, 1, 10), ResponseStatus.Partial));
        var sut = _factory.Create().Find("overdue")!;

        var reply = await sut.ExecuteAsync(CommandTableFactory.Request("for the CYP committee"), CancellationToken.None);

        Assert.Contains("overdue 2025-02-01 CYP committee", _factory.Facts.Calls);
        Assert.Contains("partial 2025-02-01 CYP committee", _factory.Facts.Calls);
        var text = CardInspector.AllText(reply.Card);
        Assert.Contains("Recommendation 4", text, StringComparison.Ordinal);
        Assert.Contains("12 days overdue", text, StringComparison.Ordinal);
        Assert.Contains("Partial response: Holding response.", text, StringComparison.Ordinal);
        Assert.Contains("1 February 2025", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_NothingOverdue_SaysSo()
    {
        var sut = _factory.Create().Find("overdue")!;

        var reply = await sut.ExecuteAsync(CommandTableFactory.Request(""), CancellationToken.None);

        Assert.Contains("Nothing is overdue", CardInspector.AllText(reply.Card), StringComparison.Ordinal);
        Assert.Contains("overdue 2025-02-01", _factory.Facts.Calls);
    }

    [Fact]
    public async Task DueSoon_AsksForFourteenDaysFromToday()
    {
        _factory.Facts.DueSoon.Add(SampleFacts.Recommendation("7", new DateOnly(2025, 2, 5)));
        var sut = _factory.Create().Find("due soon")!;

        var reply = await sut.ExecuteAsync(CommandTableFactory.Request(""), CancellationToken.None);

        Assert.Contains("due 2025-02-01 14", _factory.Facts.Calls);
        Assert.Contains("due in 4 days", CardInspector.AllText(reply.Card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolutions_CommitteeAndSince_SplitsArguments()
    {
        _factory.Facts.Resolutions.Add(SampleFacts.Resolution(new DateOnly(2025, 1, 15), "To approve the plan."));
        _factory.Facts.Resolutions.Add(SampleFacts.Resolution(new DateOnly(2024, 11, 13), "To note the old report."));
        var sut = _factory.Create().Find("resolutions")!;

        var reply = await sut.ExecuteAsync(CommandTableFactory.Request("CYP since 01/01/2025"), CancellationToken.None);

        Assert.Contains("resolutions CYP 2025-01-01", _factory.Facts.Calls);
        var text = CardInspector.AllText(reply.Card);
        Assert.Contains("To approve the plan.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("To note the old report.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolutions_SinceWithBadDate_ExplainsDateFormats()
    {
        var sut = _factory.Create().Find("resolutions")!;

        var reply = await sut.ExecuteAsync(CommandTableFactory.Request("since last week"), CancellationToken.None);

        Assert.Empty(_factory.Facts.Calls);
        Assert.Contains("couldn't read that date", CardInspector.AllText(reply.Card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextMeeting_FindsFirstMeetingFromToday()
    {
        _factory.Facts.Meetings.Add(SampleFacts.Meeting(new DateOnly(2025, 1, 15)));
        _factory.Facts.Meetings.Add(SampleFacts.Meeting(new DateOnly(2025, 3, 12)));
        var sut = _factory.Create().Find("next meeting")!;

        var reply = await sut.ExecuteAsync(CommandTableFactory.Request("CYP"), CancellationToken.None);

        Assert.Contains("next 2025-02-01 CYP", _factory.Facts.Calls);
        var text = CardInspector.AllText(reply.Card);
        Assert.Contains("12 March 2025", text, StringComparison.Ordinal);
        Assert.Contains("Starts at 09:30", text, StringComparison.Ordinal);
        Assert.Equal("Next meeting 12 March 2025", reply.Summary);
    }

    [Fact]
    public async Task NextMeeting_NoneKnown_SaysSo()
    {
        var sut = _factory.Create().Find("next meeting")!;

        var reply = await sut.ExecuteAsync(CommandTableFactory.Request(""), CancellationToken.None);

        Assert.Contains("no meeting after today", CardInspector.AllText(reply.Card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meeting_Date_ShowsMeetingAttendanceAndResolutions()
    {
        var date = new DateOnly(2024, 11, 13);
        _factory.Facts.Meetings.Add(SampleFacts.Meeting(date));
        _factory.Facts.Resolutions.Add(SampleFacts.Resolution(date, "To note the annual report."));
        _factory.Store.Attendance.Add(new Attendance(SampleFacts.Source, SampleFacts.Committee, date, "Councillor Maria Watson", AttendanceStatus.Absent, null, SampleFacts.Evidence()));
        var sut = _factory.Create().Find("meeting")!;

        var reply = await sut.ExecuteAsync(CommandTableFactory.Request("on 13th November 2024"), CancellationToken.None);

        var text = CardInspector.AllText(reply.Card);
        Assert.Contains("Meeting of 13 November 2024", text, StringComparison.Ordinal);
        Assert.Contains("Chair: Councillor Michael Savage", text, StringComparison.Ordinal);
        Assert.Contains("Councillor Maria Watson", text, StringComparison.Ordinal);
        Assert.Contains("To note the annual report.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meeting_NoDate_AsksForOne()
    {
        var sut = _factory.Create().Find("meeting")!;

        var reply = await sut.ExecuteAsync(CommandTableFactory.Request("soon"), CancellationToken.None);

        Assert.Empty(_factory.Facts.Calls);
        Assert.Contains("Type the meeting date", CardInspector.AllText(reply.Card), StringComparison.Ordinal);
    }
}
