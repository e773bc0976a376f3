using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Core.Tests.Ingestion;

public sealed class InProcessIngestionLockTests
{
    [Fact]
    public async Task TryAcquireAsync_FileHeld_SecondGetsNothingUntilReleased()
    {
        var sut = new InProcessIngestionLock();

        var first = await sut.TryAcquireAsync("/papers/minutes.pdf", CancellationToken.None);
        var second = await sut.TryAcquireAsync("/papers/minutes.pdf", CancellationToken.None);
        var other = await sut.TryAcquireAsync("/papers/agenda.pdf", CancellationToken.None);
        await first!.DisposeAsync();
        var afterRelease = await sut.TryAcquireAsync("/papers/minutes.pdf", CancellationToken.None);

        Assert.Null(second);
        Assert.NotNull(other);
        Assert.NotNull(afterRelease);
    }
}
