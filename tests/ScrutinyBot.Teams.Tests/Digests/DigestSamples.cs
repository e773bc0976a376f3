using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Teams.Tests.Digests;

internal static class DigestSamples
{
    public const string Committee = "Children and Young People Scrutiny Committee";

    public static Digest Small() => new(
        new DateOnly(2025, 1, 15),
        [new DigestResolutionLine(Committee, new(2024, 11, 13), "2024/031", "Fair Access", "To recommend that provision for wellbeing is included.", "pack.txt", 3)],
        [Line("Fair Access", "That wellbeing is included in the revised Fair Access Protocol.", new(2025, 1, 3), null)],
        [Line("Exclusions", "That exclusion figures are reported.", new(2025, 1, 3), "A holding reply.")],
        [Line("Safeguarding", "That the newsletter is circulated.", new(2025, 1, 20), null)]);

    public static Digest Large(int perSection) => new(
        new DateOnly(2025, 1, 15),
        [],
        [.. Enumerable.Range(1, perSection).Select(i => Line("Topic " + i, new string('x', 450), new(2025, 1, 3), null))],
        [],
        []);

    private static DigestRecommendationLine Line(string topic, string text, DateOnly deadline, string? response) =>
        new(Committee, new(2024, 11, 13), topic, "1", text, deadline, response, "tracker.txt", 7);
}
