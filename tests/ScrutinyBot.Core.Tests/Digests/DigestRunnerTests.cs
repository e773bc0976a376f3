using ScrutinyBot.Core.Digests;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Tests.Retrieval.Facts;

namespace ScrutinyBot.Core.Tests.Digests;

public sealed class DigestRunnerTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public async Task RunDueAsync_DailyAcrossSpringClockChange_PostsAtNineLocalEachDay()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero));
        await harness.SubscribeAsync("daily at 09:00");

        await harness.RunEveryAsync(TimeSpan.FromMinutes(15), new DateTimeOffset(2026, 3, 30, 12, 0, 0, TimeSpan.Zero));

        var local = harness.Poster.Posted.Select(p => TimeZoneInfo.ConvertTime(p.At, London).DateTime).ToList();
        Assert.Equal([new DateTime(2026, 3, 28, 9, 0, 0), new DateTime(2026, 3, 29, 9, 0, 0), new DateTime(2026, 3, 30, 9, 0, 0)], local);
    }

    [Fact]
    public async Task RunDueAsync_DailyAcrossAutumnClockChange_PostsAtNineLocalEachDay()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2026, 10, 23, 12, 0, 0, TimeSpan.Zero));
        await harness.SubscribeAsync("daily at 09:00");

        await harness.RunEveryAsync(TimeSpan.FromMinutes(15), new DateTimeOffset(2026, 10, 26, 12, 0, 0, TimeSpan.Zero));

        var utc = harness.Poster.Posted.Select(p => p.At.UtcDateTime).ToList();
        Assert.Equal([new DateTime(2026, 10, 24, 8, 0, 0), new DateTime(2026, 10, 25, 9, 0, 0), new DateTime(2026, 10, 26, 9, 0, 0)], utc);
    }

    [Fact]
    public async Task RunDueAsync_MonthlyOnThe31st_PostsOnTheLastDayOfShorterMonths()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2026, 1, 31, 12, 0, 0, TimeSpan.Zero));
        await harness.SubscribeAsync("monthly on the 31st at 09:00");

        await harness.RunEveryAsync(TimeSpan.FromHours(1), new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));

        var local = harness.Poster.Posted.Select(p => TimeZoneInfo.ConvertTime(p.At, London).DateTime).ToList();
        Assert.Equal([new DateTime(2026, 2, 28, 9, 0, 0), new DateTime(2026, 3, 31, 9, 0, 0), new DateTime(2026, 4, 30, 9, 0, 0)], local);
    }

    [Fact]
    public async Task RunDueAsync_AfterFiveDaysDown_PostsOneCatchUpDigest()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2025, 1, 9, 12, 0, 0, TimeSpan.Zero));
        await harness.SubscribeAsync("daily at 09:00");
        harness.Time.Advance(TimeSpan.FromDays(5));

        var first = await harness.RunAsync();
        var second = await harness.RunAsync();

        Assert.Equal(new DigestRunSummary(1, 1, 0), first);
        Assert.Equal(new DigestRunSummary(0, 0, 0), second);
        Assert.Single(harness.Poster.Attempts);
        Assert.NotNull(await harness.Outbox.FindAsync((await SubscriptionAsync(harness)).Id, "2025-01-14T09:00:00Z", CancellationToken.None));
    }

    [Fact]
    public async Task RunDueAsync_CrashBetweenOutboxWriteAndSend_PostsExactlyOnceAfterRestart()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero));
        await harness.SubscribeAsync("daily at 09:00");
        harness.Restart(outbox => new CrashingOutbox(outbox) { CrashOnClaim = true });
        harness.Time.Advance(TimeSpan.FromDays(1));

        await Assert.ThrowsAsync<HostCrashedException>(harness.RunAsync);
        Assert.Empty(harness.Poster.Attempts);
        harness.Restart();
        var afterRestart = await harness.RunAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var again = await harness.RunAsync();

        Assert.Equal(new DigestRunSummary(0, 1, 0), afterRestart);
        Assert.Equal(new DigestRunSummary(0, 0, 0), again);
        Assert.Single(harness.Poster.Attempts);
    }

    [Fact]
    public async Task RunDueAsync_HostStoppedHoldingAClaim_NotPostedAgainWithinTheLeaseThenTakenOverOnce()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero));
        await harness.SubscribeAsync("daily at 09:00");
        harness.Restart(outbox => new CrashingOutbox(outbox) { CrashOnMarkSent = true });
        harness.Time.Advance(TimeSpan.FromDays(1));

        await Assert.ThrowsAsync<HostCrashedException>(harness.RunAsync);
        harness.Restart();
        var withinLease = await harness.RunAsync();
        harness.Time.Advance(harness.Options.OutboxLease + TimeSpan.FromMinutes(1));
        var afterLease = await harness.RunAsync();
        harness.Time.Advance(harness.Options.OutboxLease + TimeSpan.FromMinutes(1));
        var later = await harness.RunAsync();

        // The stopped host's post is unconfirmed: a host that stops between Teams' answer and recording it is the one
        // case the lease posts twice; one that stops before Teams has the post (the usual case) posts once.
        Assert.Equal((0, 1, 0), (withinLease.Posted, afterLease.Posted, later.Posted));
        Assert.Equal(2, harness.Poster.Attempts.Count);
        var row = await harness.Outbox.FindAsync((await SubscriptionAsync(harness)).Id, "2025-01-15T09:00:00Z", CancellationToken.None);
        Assert.Equal((OutboxStatus.Sent, 2), (row!.Status, row.Attempts));
    }

    [Fact]
    public async Task RunDueAsync_PosterAnswers429TwiceThenSucceeds_PostsOnceOnTheThirdRun()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero));
        await harness.SubscribeAsync("daily at 09:00");
        harness.Poster.ThenAnswer(DigestPostResult.Failed("Teams answered 429 Too Many Requests."));
        harness.Poster.ThenAnswer(DigestPostResult.Failed("Teams answered 429 Too Many Requests."));
        harness.Time.Advance(TimeSpan.FromDays(1));

        var runs = new List<DigestRunSummary>();
        for (var i = 0; i < 4; i++)
        {
            runs.Add(await harness.RunAsync());
            harness.Time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal([new(1, 0, 1), new(0, 0, 1), new(0, 1, 0), new(0, 0, 0)], runs);
        Assert.Equal(3, harness.Poster.Attempts.Count);
        var row = await harness.Outbox.FindAsync((await SubscriptionAsync(harness)).Id, "2025-01-15T09:00:00Z", CancellationToken.None);
        Assert.Equal((OutboxStatus.Sent, 3, "activity-3"), (row!.Status, row.Attempts, row.ActivityId));
    }

    [Fact]
    public async Task RunDueAsync_PosterSaysGone_PausesSubscriptionWithReasonShownInList()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero));
        await harness.SubscribeAsync("daily at 09:00");
        harness.Poster.ThenAnswer(DigestPostResult.Gone("The bot was removed from this conversation (Teams answered 403)."));
        harness.Time.Advance(TimeSpan.FromDays(1));

        await harness.RunAsync();
        harness.Time.Advance(TimeSpan.FromDays(2));
        await harness.RunAsync();
        var list = await harness.Commands.ListAsync("conv-1", CancellationToken.None);

        Assert.Single(harness.Poster.Attempts);
        Assert.Contains(list.Lines, l => l.StartsWith("Paused: The bot was removed", StringComparison.Ordinal));
        Assert.NotNull((await SubscriptionAsync(harness)).PausedReason);
    }

    [Fact]
    public async Task RunDueAsync_GoneThenSubscribeAgain_Resumes()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero));
        await harness.SubscribeAsync("daily at 09:00");
        harness.Poster.ThenAnswer(DigestPostResult.Gone("Removed."));
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.RunAsync();

        await harness.SubscribeAsync("daily at 09:00");
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.RunAsync();

        Assert.Equal(2, harness.Poster.Attempts.Count);
        Assert.Null((await SubscriptionAsync(harness)).PausedReason);
    }

    [Fact]
    public async Task RunDueAsync_EmptyDigest_NotPostedUnlessPostWhenEmpty()
    {
        using var quiet = new DigestHarness(new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero));
        using var chatty = new DigestHarness(new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero), new DigestsOptions { PostWhenEmpty = true });
        foreach (var harness in new[] { quiet, chatty })
        {
            harness.Facts.Facts = FactBuilder.Set();
            await harness.SubscribeAsync("daily");
            harness.Time.Advance(TimeSpan.FromDays(1));
            await harness.RunAsync();
        }

        Assert.Empty(quiet.Poster.Attempts);
        Assert.Single(chatty.Poster.Attempts);
        var row = await quiet.Outbox.FindAsync((await SubscriptionAsync(quiet)).Id, "2025-01-15T09:00:00Z", CancellationToken.None);
        Assert.Equal(OutboxStatus.Empty, row!.Status);
    }

    [Fact]
    public async Task RunDueAsync_SecondDigest_ListsOnlyResolutionsIngestedSinceTheFirst()
    {
        var start = new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero);
        using var harness = new DigestHarness(start);
        // "Old" is within the first digest's look-back window (Digests:FirstDigestLookBackDays, 30 days).
        harness.Facts.Facts = FactBuilder.Set(
            resolutions: [FactBuilder.Resolution("Old", new DateOnly(2025, 1, 2), source: "a.pdf")],
            documents: [FactBuilder.Document("a.pdf", start.AddDays(-30))]);
        await harness.SubscribeAsync("daily at 09:00");
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.RunAsync();
        harness.Facts.Facts = FactBuilder.Set(
            resolutions: [FactBuilder.Resolution("Old", new DateOnly(2025, 1, 2), source: "a.pdf"), FactBuilder.Resolution("New", new DateOnly(2025, 1, 8), source: "b.pdf")],
            documents: [FactBuilder.Document("a.pdf", start.AddDays(-30)), FactBuilder.Document("b.pdf", harness.Time.GetUtcNow().AddHours(2))]);
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.RunAsync();

        Assert.Equal(2, harness.Poster.Attempts.Count);
        Assert.Equal(["Old"], harness.Poster.Attempts[0].Digest.NewResolutions.Select(r => r.Text));
        Assert.Equal(["New"], harness.Poster.Attempts[1].Digest.NewResolutions.Select(r => r.Text));
    }

    [Fact]
    public async Task RunDueAsync_CommitteeFilter_OnlyThatCommitteesLines()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero));
        harness.Facts.Facts = FactBuilder.Set(recommendations:
        [
            FactBuilder.Recommendation("cyp", new DateOnly(2025, 1, 3), ResponseStatus.None),
            FactBuilder.Recommendation("health", new DateOnly(2025, 1, 3), ResponseStatus.None, "Health Scrutiny Committee"),
        ]);
        await harness.SubscribeAsync("daily CYP");
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.RunAsync();

        Assert.Equal(["cyp"], harness.Poster.Attempts.Single().Digest.Overdue.Select(r => r.Text));
    }

    [Fact]
    public async Task PostNowAsync_Subscribed_PostsImmediatelyAndScheduleStillRuns()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero));
        await harness.SubscribeAsync("daily at 09:00");

        var reply = await harness.Commands.PostNowAsync(new DigestTarget("conv-1", "{}"), CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.RunAsync();

        Assert.True(reply.Succeeded);
        Assert.Equal(2, harness.Poster.Attempts.Count);
        Assert.Equal("{}", harness.Poster.Attempts[0].Target.ReferenceJson);
    }

    [Fact]
    public async Task RunDueAsync_Unsubscribed_NothingPosted()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero));
        await harness.SubscribeAsync("daily at 09:00");

        var reply = await harness.Commands.UnsubscribeAsync("conv-1", CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromDays(2));
        await harness.RunAsync();

        Assert.True(reply.Succeeded);
        Assert.Empty(harness.Poster.Attempts);
        Assert.False((await harness.Commands.UnsubscribeAsync("conv-1", CancellationToken.None)).Succeeded);
    }

    private static async Task<Subscription> SubscriptionAsync(DigestHarness harness) =>
        (await harness.Subscriptions.FindByConversationAsync("conv-1", CancellationToken.None))!;
}
