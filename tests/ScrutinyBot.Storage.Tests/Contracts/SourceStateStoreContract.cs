using ScrutinyBot.Core.Sources;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>ISourceStateStore: sync progress that a restarted run resumes.</summary>
public abstract class SourceStateStoreContract : StoreContract
{
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task BeginRunAsync_UnfinishedRun_ResumesItsStart()
    {
        var first = await Store.Sources.BeginRunAsync("kent", Start, None);

        var resumed = await Store.Sources.BeginRunAsync("kent", Start.AddHours(1), None);

        Assert.Equal(Start, first);
        Assert.Equal(Start, resumed);
    }

    [Fact]
    public async Task EndRunAsync_Success_StartsAFreshRunNextTime()
    {
        await Store.Sources.BeginRunAsync("kent", Start, None);

        await Store.Sources.EndRunAsync("kent", Start.AddMinutes(5), null, "3 papers", None);

        Assert.Equal(Start.AddHours(1), await Store.Sources.BeginRunAsync("kent", Start.AddHours(1), None));
        var status = await Store.Sources.GetStatusAsync("kent", None);
        Assert.Equal((Start.AddMinutes(5), "3 papers", (string?)null), (status.LastSync, status.LastReport, status.LastError));
    }

    [Fact]
    public async Task EndRunAsync_Failure_KeepsRunOpenWithError()
    {
        await Store.Sources.BeginRunAsync("kent", Start, None);

        await Store.Sources.EndRunAsync("kent", Start.AddMinutes(5), "timeout", "1 paper", None);

        var status = await Store.Sources.GetStatusAsync("kent", None);
        Assert.Equal((Start, (DateTimeOffset?)null, "timeout"), (status.RunStarted, status.LastSync, status.LastError));
    }

    [Fact]
    public async Task MarkMeetingDoneAsync_IsDoneForThatRunOnly()
    {
        await Store.Sources.MarkMeetingDoneAsync("kent", "m1", Start, None);

        Assert.True(await Store.Sources.IsMeetingDoneAsync("kent", "m1", Start, None));
        Assert.False(await Store.Sources.IsMeetingDoneAsync("kent", "m1", Start.AddDays(1), None));
        Assert.False(await Store.Sources.IsMeetingDoneAsync("kent", "m2", Start, None));
    }

    [Fact]
    public async Task SaveDocumentAsync_ThenFindListRemove_RoundTrips()
    {
        var paper = new SourceDocumentState("kent", "m1", "https://example.org/a.pdf", "\"etag\"", "Mon, 06 Jan 2025 02:00:00 GMT", 1234, "hash", "/data/a.pdf");
        await Store.Sources.SaveDocumentAsync(paper, None);
        await Store.Sources.SaveDocumentAsync(paper with { Url = "https://example.org/b.pdf", ETag = null, LastModified = null }, None);
        await Store.Sources.SaveDocumentAsync(paper with { Length = 99 }, None);

        Assert.Equal(paper with { Length = 99 }, await Store.Sources.FindDocumentAsync("kent", paper.Url, None));
        Assert.Equal(2, (await Store.Sources.ListDocumentsAsync("kent", "m1", None)).Count);
        await Store.Sources.RemoveDocumentAsync("kent", paper.Url, None);
        Assert.Null(await Store.Sources.FindDocumentAsync("kent", paper.Url, None));
        Assert.Equal(1, (await Store.Sources.GetStatusAsync("kent", None)).Documents);
    }

    [Fact]
    public async Task GetStatusAsync_UnknownSite_IsEmpty()
    {
        var status = await Store.Sources.GetStatusAsync("nowhere", None);

        Assert.Equal(new SourceSiteStatus("nowhere", null, null, 0, 0, null, null), status);
    }
}
