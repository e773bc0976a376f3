using System.Globalization;
using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Host.Digests;

/// <summary>The digest as plain text for the console, each line cited (file, page).</summary>
public static class DigestText
{
    public static async Task WriteAsync(TextWriter output, Digest digest)
    {
        await output.WriteLineAsync(Invariant($"Digest as of {digest.AsOf:yyyy-MM-dd}")).ConfigureAwait(false);
        if (digest.PreviousMayHaveBeenPosted)
        {
            await output.WriteLineAsync(Digest.PreviousMayHaveBeenPostedNote).ConfigureAwait(false);
        }

        await SectionAsync(output, "New resolutions", digest.NewResolutions.Select(r =>
            Invariant($"{r.Committee ?? "(committee unknown)"}, {r.MeetingDate:yyyy-MM-dd}: {OneLine(r.Text)} [{r.Source}, p. {r.Page}]"))).ConfigureAwait(false);
        await RecommendationsAsync(output, "Overdue", digest.Overdue).ConfigureAwait(false);
        await RecommendationsAsync(output, "Awaiting a full response", digest.AwaitingFullResponse).ConfigureAwait(false);
        await RecommendationsAsync(output, "Due soon", digest.DueSoon).ConfigureAwait(false);
        if (digest.IsEmpty)
        {
            await output.WriteLineAsync("Nothing to post (an empty digest is posted only when Digests:PostWhenEmpty is true).").ConfigureAwait(false);
        }
    }

    private static Task RecommendationsAsync(TextWriter output, string heading, IReadOnlyList<DigestRecommendationLine> lines) =>
        SectionAsync(output, heading, lines.Select(r => Invariant(
            $"{r.Committee ?? "(committee unknown)"}, {r.MeetingDate:yyyy-MM-dd}, {r.Topic ?? "(no topic)"}: {OneLine(r.Text)} — deadline {(r.Deadline is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none given")} [{r.Source}, p. {r.Page}]")));

    private static async Task SectionAsync(TextWriter output, string heading, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        await output.WriteLineAsync(Invariant($"\n{heading} ({list.Count})")).ConfigureAwait(false);
        foreach (var line in list)
        {
            await output.WriteLineAsync("  - " + line).ConfigureAwait(false);
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
