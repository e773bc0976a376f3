using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Host.Telemetry;
using ScrutinyBot.Host.Tests.Teams;

namespace ScrutinyBot.Host.Tests.Telemetry;

/// <summary>The metrics an operator would scrape, seen by a MeterListener while turns go through the real host.</summary>
public sealed class TurnMetricsTests
{
    [Fact]
    public async Task Turns_OneAnsweredOneAbstained_CountsBothAndTimesThem()
    {
        await using var sut = await BotFixture.StartAsync();
        var hostMeters = sut.Factory.Services.GetRequiredService<IMeterFactory>();
        var seen = new ConcurrentQueue<(string Instrument, double Value, string? Outcome)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ScrutinyTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, hostMeters))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) => seen.Enqueue((i.Name, value, OutcomeOf(tags))));
        listener.SetMeasurementEventCallback<double>((i, value, tags, _) => seen.Enqueue((i.Name, value, OutcomeOf(tags))));
        listener.Start();

        (await sut.PostAsync(BotActivities.Personal(sut.ServiceUrl, "who chaired the November 2024 meeting?"))).Dispose();
        (await sut.PostAsync(BotActivities.Personal(sut.ServiceUrl, "how many zorblats did the quintessence committee vaporise?"))).Dispose();

        var answers = seen.Where(m => m.Instrument == "scrutinybot.answers").ToList();
        Assert.Contains(answers, m => m.Outcome == "answered");
        Assert.Contains(answers, m => m.Outcome == "abstained");
        Assert.Equal(2, seen.Count(m => m.Instrument == "scrutinybot.answer.duration" && m.Value > 0));
        Assert.Equal(2, seen.Where(m => m.Instrument == "scrutinybot.turns").Sum(m => m.Value));
    }

    private static string? OutcomeOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "outcome")
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
