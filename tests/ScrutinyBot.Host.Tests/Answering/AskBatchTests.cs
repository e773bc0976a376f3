using System.Text.Json;
using System.Text.RegularExpressions;
using ScrutinyBot.Host.Tests.Ingestion;

namespace ScrutinyBot.Host.Tests.Answering;

public sealed partial class AskBatchTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scrutinybot-host-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AskBatch_OverIngestedSamples_OneJsonLinePerQuestionGroundedOrAbstaining()
    {
        var samples = IngestionVerbsTests.SamplesFolder();
        var data = Path.Combine(_folder, "data");
        var (ingestCode, _, ingestErrors) = await HostProcess.RunAsync(data, string.Empty, "ingest", samples);
        Assert.True(ingestCode == 0, ingestErrors);
        const string questions = """
            {"id":"chair","question":"who chaired the 13 November 2024 meeting of the Children and Young People Scrutiny Committee?"}
            {"id":"absent","question":"how many electric scooters were impounded at the airport?"}

            """;

        var (code, output, errors) = await HostProcess.RunAsync(data, questions, "ask", "--batch", "-");

        Assert.True(code == 0, errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        var answers = lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        Assert.All(answers, AssertShape);

        var chair = answers[0];
        Assert.Equal(("chair", true), (chair.GetProperty("id").GetString(), chair.GetProperty("answered").GetBoolean()));
        Assert.Contains("Michael Savage", chair.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var citation = chair.GetProperty("citations").EnumerateArray().First();
        Assert.Equal("2024-11-13", citation.GetProperty("meetingDate").GetString());
        var cited = await File.ReadAllTextAsync(Path.Combine(samples, citation.GetProperty("source").GetString()!));
        Assert.Contains("Michael Savage", cited, StringComparison.Ordinal);
        Assert.Contains(Folded(citation.GetProperty("quote").GetString()!), Folded(cited), StringComparison.Ordinal);

        var absent = answers[1];
        Assert.Equal(("absent", false), (absent.GetProperty("id").GetString(), absent.GetProperty("answered").GetBoolean()));
        Assert.StartsWith("I couldn't find that", absent.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner; no test depends on it.
        }
    }

    private static void AssertShape(JsonElement answer)
    {
        Assert.Equal(JsonValueKind.String, answer.GetProperty("id").ValueKind);
        Assert.Contains(answer.GetProperty("answered").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.Equal(JsonValueKind.String, answer.GetProperty("answer").ValueKind);
        Assert.Equal(JsonValueKind.Number, answer.GetProperty("elapsedMs").ValueKind);
        Assert.Equal(JsonValueKind.Array, answer.GetProperty("citations").ValueKind);
        foreach (var citation in answer.GetProperty("citations").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, citation.GetProperty("source").ValueKind);
            Assert.Equal(JsonValueKind.String, citation.GetProperty("part").ValueKind);
            Assert.Equal(JsonValueKind.Number, citation.GetProperty("page").ValueKind);
            Assert.Contains(citation.GetProperty("meetingDate").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
            Assert.Equal(JsonValueKind.String, citation.GetProperty("quote").ValueKind);
        }
    }

    private static string Folded(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
