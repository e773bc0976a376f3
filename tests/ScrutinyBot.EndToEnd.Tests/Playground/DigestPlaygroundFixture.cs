using Microsoft.Extensions.Time.Testing;

namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>The Playground harness on a clock the test moves: 15 January 2025, just before nine in London.</summary>
public sealed class DigestPlaygroundFixture : PlaygroundFixture
{
    public FakeTimeProvider FakeClock { get; } = new(new DateTimeOffset(2025, 1, 15, 8, 58, 0, TimeSpan.Zero));

    protected override TimeProvider? Clock => FakeClock;
}
