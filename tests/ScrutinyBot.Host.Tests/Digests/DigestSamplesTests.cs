using System.Text.Json.Nodes;

namespace ScrutinyBot.Host.Tests.Digests;

/// <summary>The digest over the shipped sample papers agrees with the extracted facts: overdue is exactly the
/// recommendations with no response whose deadline passed, and a partial (holding) reply is awaiting a full
/// response, never overdue. Independent of how many the extractor finds.</summary>
public sealed class DigestSamplesTests
{
    [Fact]
    public async Task DryRun_SamplesIngested_MatchesTheFactsResponseStatuses()
    {
        using var sut = new DigestHostFactory(new DateTimeOffset(2025, 1, 15, 12, 0, 0, TimeSpan.Zero), facts: null, pollSeconds: 86_400);
        var (ingestCode, _) = await sut.RunAsync("ingest", SamplesFolder());
        var (_, factsJson) = await sut.RunAsync("facts", "--json");

        var (code, digestJson) = await sut.RunAsync("digest", "--as-of", "2025-01-15", "--dry-run", "--json");

        Assert.Equal((0, 0), (ingestCode, code));
        var recommendations = JsonNode.Parse(factsJson)!["recommendations"]!.AsArray()
            .Where(r => string.CompareOrdinal((string?)r!["deadline"], "2025-01-15") < 0 && string.CompareOrdinal((string?)r!["meetingDate"], "2025-01-15") <= 0)
            .ToList();
        var digest = JsonNode.Parse(digestJson)!;
        Assert.NotEmpty(recommendations);
        Assert.Equal(Keys(recommendations.Where(r => (string?)r!["responseStatus"] == "none")), Keys(digest["overdue"]!.AsArray()));
        Assert.Equal(Keys(recommendations.Where(r => (string?)r!["responseStatus"] == "partial")), Keys(digest["awaitingFullResponse"]!.AsArray()));
        Assert.NotEmpty(digest["newResolutions"]!.AsArray());
    }

    [Fact]
    public async Task DryRun_SamplesIngested_ListsNoRecommendationWithARecordedResponseAsOverdue()
    {
        using var sut = new DigestHostFactory(new DateTimeOffset(2025, 1, 15, 12, 0, 0, TimeSpan.Zero), facts: null, pollSeconds: 86_400);
        await sut.RunAsync("ingest", SamplesFolder());
        var (_, factsJson) = await sut.RunAsync("facts", "--json");

        var (_, digestJson) = await sut.RunAsync("digest", "--as-of", "2025-01-15", "--dry-run", "--json");

        var answered = JsonNode.Parse(factsJson)!["recommendations"]!.AsArray()
            .Where(r => !string.IsNullOrWhiteSpace((string?)r!["response"]));
        var overdue = JsonNode.Parse(digestJson)!["overdue"]!.AsArray();
        Assert.Empty(Keys(answered).Intersect(Keys(overdue), StringComparer.Ordinal));
        // The 11 September 2024 rows record a response to every recommendation, one of them with its number lost in the PDF text.
        Assert.DoesNotContain(overdue, r => (string?)r!["meetingDate"] == "2024-09-11");
        Assert.Contains(overdue, r => (string?)r!["meetingDate"] == "2024-11-13" && (string?)r["deadline"] == "2025-01-03" && ((string?)r["text"])!.Contains("wellbeing", StringComparison.Ordinal));
    }

    private static List<string> Keys(IEnumerable<JsonNode?> lines) =>
        [.. lines.Select(r => $"{r!["meetingDate"]}|{r["topic"]}|{r["text"]}").Order(StringComparer.Ordinal)];

    private static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var samples = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(samples))
            {
                return samples;
            }
        }

        throw new DirectoryNotFoundException("samples/ not found above the test output folder.");
    }
}
