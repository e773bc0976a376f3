using ScrutinyBot.Core.Digests;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Tests.Retrieval.Facts;

namespace ScrutinyBot.Core.Tests.Digests;

/// <summary>The new-resolutions cursor moves only when Teams confirms a digest: what an unknown, gone, abandoned or
/// thrown-away digest held comes again in the next one, and an unconfirmed post is never re-sent.</summary>
public sealed class DigestRunnerCarryOverTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 14, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunDueAsync_PostEndsUnknown_NotResentAndNextDigestRepeatsItsResolutionsWithNote()
    {
        using var harness = HarnessWithOneResolution();
        await harness.SubscribeAsync("daily at 09:00");
        harness.Poster.ThenAnswer(DigestPostResult.Unknown("Teams did not answer in time."));
        harness.Time.Advance(TimeSpan.FromDays(1));

        var first = await harness.RunAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var retry = await harness.RunAsync();
        harness.Time.Advance(TimeSpan.FromDays(1));
        var next = await harness.RunAsync();

        Assert.Equal(new DigestRunSummary(1, 0, 0, 1), first);
        Assert.Equal(new DigestRunSummary(0, 0, 0), retry);
        Assert.Equal(new DigestRunSummary(1, 1, 0), next);
        Assert.Equal(2, harness.Poster.Attempts.Count);
        Assert.Equal(["Scrutiny resolved"], harness.Poster.Attempts[1].Digest.NewResolutions.Select(r => r.Text));
        Assert.True(harness.Poster.Attempts[1].Digest.PreviousMayHaveBeenPosted);
        Assert.False(harness.Poster.Attempts[0].Digest.PreviousMayHaveBeenPosted);
        var row = await harness.Outbox.FindAsync(await IdAsync(harness), "2025-01-15T09:00:00Z", CancellationToken.None);
        Assert.Equal(OutboxStatus.Unknown, row!.Status);
    }

    [Fact]
    public async Task RunDueAsync_PosterThrowsAfterClaim_MarkedUnknownNotResent()
    {
        using var harness = HarnessWithOneResolution();
        await harness.SubscribeAsync("daily at 09:00");
        harness.Time.Advance(TimeSpan.FromDays(1));
        var throwing = new ThrowingDigestPoster();
        var runner = harness.RunnerWith(throwing);

        await runner.RunDueAsync(CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        await runner.RunDueAsync(CancellationToken.None);

        Assert.Equal(1, throwing.Calls);
        var row = await harness.Outbox.FindAsync(await IdAsync(harness), "2025-01-15T09:00:00Z", CancellationToken.None);
        Assert.Equal(OutboxStatus.Unknown, row!.Status);
    }

    [Fact]
    public async Task RunDueAsync_PostGoneThenResubscribed_NextDigestHoldsTheGoneDigestsResolutions()
    {
        using var harness = HarnessWithOneResolution();
        await harness.SubscribeAsync("daily at 09:00");
        harness.Poster.ThenAnswer(DigestPostResult.Gone("Removed."));
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.RunAsync();

        await harness.SubscribeAsync("daily at 09:00");
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.RunAsync();

        Assert.Equal(2, harness.Poster.Attempts.Count);
        Assert.Equal(["Scrutiny resolved"], harness.Poster.Attempts[1].Digest.NewResolutions.Select(r => r.Text));
    }

    [Fact]
    public async Task RunDueAsync_PostFailsUntilAbandoned_NextDigestHoldsItsResolutions()
    {
        using var harness = HarnessWithOneResolution();
        await harness.SubscribeAsync("daily at 09:00");
        for (var i = 0; i < DigestRunner.MaxAttempts; i++)
        {
            harness.Poster.ThenAnswer(DigestPostResult.Failed("Teams could not be reached."));
        }

        harness.Time.Advance(TimeSpan.FromDays(1));
        for (var i = 0; i <= DigestRunner.MaxAttempts; i++)
        {
            await harness.RunAsync();
            harness.Time.Advance(TimeSpan.FromMinutes(1));
        }

        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.RunAsync();

        var row = await harness.Outbox.FindAsync(await IdAsync(harness), "2025-01-15T09:00:00Z", CancellationToken.None);
        Assert.Equal(OutboxStatus.Abandoned, row!.Status);
        Assert.Equal(DigestRunner.MaxAttempts + 1, harness.Poster.Attempts.Count);
        Assert.Equal(["Scrutiny resolved"], harness.Poster.Attempts[^1].Digest.NewResolutions.Select(r => r.Text));
        Assert.False(harness.Poster.Attempts[^1].Digest.PreviousMayHaveBeenPosted);
    }

    [Fact]
    public async Task RunDueAsync_PostConfirmed_NextDigestDoesNotRepeatIt()
    {
        using var harness = HarnessWithOneResolution();
        await harness.SubscribeAsync("daily at 09:00");
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.RunAsync();
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.RunAsync();

        Assert.Equal(["Scrutiny resolved"], harness.Poster.Attempts[0].Digest.NewResolutions.Select(r => r.Text));
        Assert.Equal(2, harness.Poster.Attempts.Count);
        Assert.Empty(harness.Poster.Attempts[1].Digest.NewResolutions);
    }

    private static DigestHarness HarnessWithOneResolution()
    {
        var harness = new DigestHarness(Start);
        harness.Facts.Facts = FactBuilder.Set(
            resolutions: [FactBuilder.Resolution("Scrutiny resolved", new DateOnly(2025, 1, 8), source: "a.pdf")],
            recommendations: [FactBuilder.Recommendation("Overdue for ever", new DateOnly(2024, 1, 3), ResponseStatus.None)],
            documents: [FactBuilder.Document("a.pdf", Start.AddDays(-1))]);
        return harness;
    }

    private static async Task<string> IdAsync(DigestHarness harness) =>
        (await harness.Subscriptions.FindByConversationAsync("conv-1", CancellationToken.None))!.Id;
}
