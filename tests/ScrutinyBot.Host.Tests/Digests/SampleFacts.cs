using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Host.Tests.Digests;

/// <summary>A small tracker: one recommendation with no response past its deadline, one with a holding reply, one
/// answered, one due soon, and a resolution.</summary>
internal static class SampleFacts
{
    public const string Committee = "Children and Young People Scrutiny Committee";

    public static FactSet Tracker() => new(
        DocumentFacts.Empty with
        {
            Recommendations =
            [
                Recommendation("Fair Access", "That wellbeing is included in the revised Fair Access Protocol.", new(2025, 1, 3), ResponseStatus.None, null),
                Recommendation("Exclusions", "That exclusion figures are reported.", new(2025, 1, 3), ResponseStatus.Partial, "A holding reply."),
                Recommendation("Places", "That the school places formula is shared.", new(2025, 1, 3), ResponseStatus.Responded, "Shared."),
                Recommendation("Safeguarding", "That the newsletter is circulated.", new(2025, 1, 20), ResponseStatus.None, null),
            ],
            Resolutions = [new Resolution("pack.txt", Committee, new(2024, 11, 13), "30", null, "Work Programme", "The Committee noted the Work Programme.", new("pack.txt", "Minutes", 3, "noted"))],
        },
        [new StoredDocument(1, "pack.txt", "/samples/pack.txt", "hash", "txt", 12, new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero), new DocumentMetadata("Council", Committee, null, "Pack"))]);

    private static Recommendation Recommendation(string topic, string text, DateOnly deadline, ResponseStatus status, string? response) =>
        new("pack.txt", Committee, new(2024, 11, 13), topic, "1", text, "R", new(2024, 11, 3), deadline, status, response, new("pack.txt", "Recommendation tracker", 7, text));
}
