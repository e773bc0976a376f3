using ScrutinyBot.Core.Sources;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>ISourceMeetingStore: a site's account of its meetings, kept with the papers fetched for them.</summary>
public abstract class SourceMeetingStoreContract : StoreContract
{
    private static readonly DateTimeOffset Now = new(2025, 1, 6, 2, 0, 0, TimeSpan.Zero);

    private static readonly SiteMeeting Meeting = new(
        "kent", "5001", "Scrutiny Committee", new DateOnly(2026, 1, 15), new TimeOnly(10, 0), "Council Chamber",
        [new SiteAgendaItem("1", "Apologies"), new SiteAgendaItem("2", "Minutes"), new SiteAgendaItem("10", "Budget")]);

    [Fact]
    public async Task ListAsync_MeetingWithAStoredPaper_RoundTripsWithItsPath()
    {
        await StorePaperAsync("/data/kent/5001/9001-Motion.txt", "5001");
        await Store.SiteMeetings.SaveAsync(Meeting, Now, None);

        var listed = Assert.Single(await Store.SiteMeetings.ListAsync(None));

        Assert.Equal(Meeting.Fingerprint, listed.Fingerprint);
        Assert.Equal(["/data/kent/5001/9001-Motion.txt"], listed.DocumentPaths);
        Assert.Equal(["1", "2", "10"], listed.AgendaItems.Select(i => i.Number));
    }

    [Fact]
    public async Task ListAsync_MeetingWithoutStoredPapers_IsLeftOut()
    {
        await Store.SiteMeetings.SaveAsync(Meeting, Now, None);

        Assert.Empty(await Store.SiteMeetings.ListAsync(None));
    }

    [Fact]
    public async Task SaveAsync_SameValuesAgain_WritesNothingAndKeepsTheGeneration()
    {
        var first = await Store.SiteMeetings.SaveAsync(Meeting, Now, None);
        var generation = await Store.Generation.CurrentAsync(None);

        var again = await Store.SiteMeetings.SaveAsync(Meeting, Now.AddHours(1), None);

        Assert.True(first);
        Assert.False(again);
        Assert.Equal(generation, await Store.Generation.CurrentAsync(None));
    }

    [Fact]
    public async Task SaveAsync_ChangedVenueAndItems_ReplacesThemAndMovesTheGeneration()
    {
        await StorePaperAsync("/data/kent/5001/9001-Motion.txt", "5001");
        await Store.SiteMeetings.SaveAsync(Meeting, Now, None);
        var generation = await Store.Generation.CurrentAsync(None);
        var moved = Meeting with { Venue = "Room 2", Start = null, AgendaItems = [new SiteAgendaItem("1", "Apologies")] };

        Assert.True(await Store.SiteMeetings.SaveAsync(moved, Now.AddHours(1), None));

        var listed = Assert.Single(await Store.SiteMeetings.ListAsync(None));
        Assert.Equal(("Room 2", (TimeOnly?)null, 1), (listed.Venue, listed.Start, listed.AgendaItems.Count));
        Assert.NotEqual(generation, await Store.Generation.CurrentAsync(None));
    }

    private async Task StorePaperAsync(string path, string meetingId)
    {
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("h-" + path, "text", path), None);
        await Store.Sources.SaveDocumentAsync(new SourceDocumentState("kent", meetingId, "https://example.org/" + Path.GetFileName(path), null, null, 10, "hash", path), None);
    }
}
