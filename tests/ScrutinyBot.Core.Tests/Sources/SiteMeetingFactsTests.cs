using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Tests.Sources;

public sealed class SiteMeetingFactsTests
{
    private static readonly DateOnly SiteDate = new(2026, 1, 15);
    private static readonly DateOnly PreviousMeeting = new(2025, 11, 20);

    [Fact]
    public void Apply_TextVenueDiffers_SiteValuesWinAndAreMarked()
    {
        var set = Set(Doc("pack.pdf"), Meetings: [Meeting("pack.pdf", SiteDate, "Room 1", "Scrutiny Cttee")]);

        var sut = SiteMeetingFacts.Apply(set, [Site(paths: "/data/pack.pdf")]);

        var meeting = Assert.Single(sut.Facts.Meetings);
        Assert.Equal(("Scrutiny Committee", "Council Chamber", new TimeOnly(10, 0), "kent"), (meeting.Committee, meeting.Place, meeting.Start, meeting.Site));
        Assert.Equal("Cllr Chair", meeting.Chair);
        Assert.Contains("Council Chamber", meeting.Evidence.Quote, StringComparison.Ordinal);
        Assert.Equal("/data/pack.pdf", meeting.Evidence.Paper?.SourcePath);
    }

    [Fact]
    public void Apply_TextDateMisreadWithinAFortnight_MovesThatMeetingsFactsToTheSiteDate()
    {
        var misread = SiteDate.AddDays(-8);
        var set = Set(Doc("minutes.pdf"),
            Meetings: [Meeting("minutes.pdf", misread)],
            Resolutions: [new Resolution("minutes.pdf", "Scrutiny Cttee", misread, "5", null, "Budget", "RESOLVED that...", Evidence("minutes.pdf"))]);

        var sut = SiteMeetingFacts.Apply(set, [Site(paths: "/data/minutes.pdf")]);

        Assert.Equal(SiteDate, Assert.Single(sut.Facts.Meetings).Date);
        Assert.Equal((SiteDate, "Scrutiny Committee"), (sut.Facts.Resolutions[0].MeetingDate, sut.Facts.Resolutions[0].Committee));
    }

    [Fact]
    public void Apply_PackHoldsPreviousMeetingsMinutes_LeavesThatMeetingAlone()
    {
        var set = Set(Doc("pack.pdf"),
            Meetings: [Meeting("pack.pdf", SiteDate), Meeting("pack.pdf", PreviousMeeting, "Room 9")],
            Resolutions: [new Resolution("pack.pdf", "Scrutiny Cttee", PreviousMeeting, "1", null, null, "RESOLVED", Evidence("pack.pdf"))]);

        var sut = SiteMeetingFacts.Apply(set, [Site(paths: "/data/pack.pdf")]);

        Assert.Equal(2, sut.Facts.Meetings.Count);
        Assert.Equal("Room 9", sut.Facts.Meetings.Single(m => m.Date == PreviousMeeting).Place);
        Assert.Equal(PreviousMeeting, sut.Facts.Resolutions[0].MeetingDate);
    }

    [Fact]
    public void Apply_SiteAgendaItems_ReplaceTheTextsKeepingThePrintedPage()
    {
        var set = Set(Doc("agenda.pdf"),
            Meetings: [Meeting("agenda.pdf", SiteDate)],
            AgendaItems:
            [
                new AgendaItem("agenda.pdf", "Scrutiny Cttee", SiteDate, "5", "Budget (read badly", Evidence("agenda.pdf") with { Page = 3 }),
                new AgendaItem("agenda.pdf", "Scrutiny Cttee", SiteDate, "7", "An item the site does not list", Evidence("agenda.pdf")),
            ]);

        var sut = SiteMeetingFacts.Apply(set, [Site(paths: "/data/agenda.pdf")]);

        Assert.Equal(["1 Apologies", "5 Budget 2026-27"], sut.Facts.AgendaItems.Select(i => $"{i.Number} {i.Title}"));
        Assert.All(sut.Facts.AgendaItems, i => Assert.Equal(("kent", "Scrutiny Committee"), (i.Site, i.Committee)));
        Assert.Equal([1, 3], sut.Facts.AgendaItems.Select(i => i.Evidence.Page));
    }

    [Fact]
    public void Apply_PaperThatNamesNoMeeting_AddsTheSitesMeetingCitedToIt()
    {
        var set = Set(Doc("report.pdf"));

        var sut = SiteMeetingFacts.Apply(set, [Site(paths: "/data/report.pdf")]);

        var meeting = Assert.Single(sut.Facts.Meetings);
        Assert.Equal(("report.pdf", SiteDate, "kent"), (meeting.Source, meeting.Date, meeting.Site));
    }

    [Fact]
    public void Apply_MeetingWhosePapersAreNotStored_ChangesNothing()
    {
        var set = Set(Doc("other.pdf"), Meetings: [Meeting("other.pdf", SiteDate)]);

        var sut = SiteMeetingFacts.Apply(set, [Site(paths: "/data/gone.pdf")]);

        Assert.Same(set, sut);
    }

    private static SiteMeeting Site(params string[] paths) =>
        new SiteMeeting("kent", "5001", "Scrutiny Committee", SiteDate, new TimeOnly(10, 0), "Council Chamber",
            [new SiteAgendaItem("1", "Apologies"), new SiteAgendaItem("5", "Budget 2026-27")]) { DocumentPaths = paths };

    private static StoredDocument Doc(string name) =>
        new(1, name, "/data/" + name, "hash", "pdf", 4, DateTimeOffset.UnixEpoch, new DocumentMetadata("Kent", "Scrutiny Cttee", null, name));

    private static Meeting Meeting(string source, DateOnly date, string place = "Room 1", string committee = "Scrutiny Cttee") =>
        new(source, "Kent", committee, date, new TimeOnly(9, 30), null, place, "Cllr Chair", Evidence(source));

    private static Evidence Evidence(string source) => new(source, "Agenda", 1, "quote");

    private static FactSet Set(
        StoredDocument document,
        IReadOnlyList<Meeting>? Meetings = null,
        IReadOnlyList<AgendaItem>? AgendaItems = null,
        IReadOnlyList<Resolution>? Resolutions = null) =>
        new(new DocumentFacts(Meetings ?? [], [], AgendaItems ?? [], Resolutions ?? [], [], []), [document]);
}
