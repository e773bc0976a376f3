using System.Text.Json.Nodes;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Teams.App;
using ScrutinyBot.Teams.App.Cards;
using static ScrutinyBot.Teams.App.Cards.AdaptiveCardElements;

namespace ScrutinyBot.Teams.Digests;

/// <summary>A digest as an Adaptive Card (1.5): New resolutions, Overdue, Awaiting a full response, Due soon; each line
/// with committee, meeting date, topic, text, deadline and its paper cited (file and page). Kept within the size budget.</summary>
public static class DigestCardBuilder
{
    private const int MaxTextChars = 500;

    public static JsonObject Build(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var total = digest.NewResolutions.Count + digest.Overdue.Count + digest.AwaitingFullResponse.Count + digest.DueSoon.Count;
        return CardBudget.Fit(total, shown => Build(digest, shown));
    }

    private static JsonObject Build(Digest digest, int shown)
    {
        var body = new List<JsonNode>
        {
            Text("Scrutiny digest", TextStyle.Title),
            Text($"As of {UkDate.Format(digest.AsOf)}", TextStyle.Subtle),
        };
        if (digest.PreviousMayHaveBeenPosted)
        {
            body.Add(Text(Digest.PreviousMayHaveBeenPostedNote, TextStyle.Subtle));
        }

        if (digest.IsEmpty)
        {
            body.Add(Text("Nothing new: no new resolutions, and no executive responses overdue or due soon."));
            return Card(body);
        }

        var quota = Share(shown, [digest.NewResolutions.Count, digest.Overdue.Count, digest.AwaitingFullResponse.Count, digest.DueSoon.Count]);
        Section(body, "New resolutions", "No new resolutions since the last digest.", digest.NewResolutions, Resolution, quota[0]);
        Section(body, "Overdue", "No responses overdue.", digest.Overdue, r => Recommendation(r, "Response was due"), quota[1]);
        Section(body, "Awaiting a full response", "No responses awaiting completion.", digest.AwaitingFullResponse, r => Recommendation(r, "Response was due"), quota[2]);
        Section(body, "Due soon", "No responses due soon.", digest.DueSoon, r => Recommendation(r, "Response due"), quota[3]);
        return Card(body);
    }

    /// <summary>Shares <paramref name="shown"/> lines between sections one at a time in turn, so a long section
    /// (e.g. every resolution in a first digest) cannot crowd out the overdue responses.</summary>
    private static int[] Share(int shown, int[] counts)
    {
        var quota = new int[counts.Length];
        while (shown > 0 && quota.Where((q, i) => q < counts[i]).Any())
        {
            for (var i = 0; i < counts.Length && shown > 0; i++)
            {
                if (quota[i] < counts[i])
                {
                    quota[i]++;
                    shown--;
                }
            }
        }

        return quota;
    }

    private static void Section<T>(List<JsonNode> body, string heading, string emptyText, IReadOnlyList<T> lines, Func<T, JsonObject> render, int take)
    {
        body.Add(Text($"{heading} ({lines.Count})", TextStyle.Heading));
        if (lines.Count == 0)
        {
            body.Add(Text(emptyText, TextStyle.Subtle));
            return;
        }

        body.AddRange(lines.Take(take).Select(render));
        if (CardBudget.MoreNote(lines.Count, take, "items") is { } note)
        {
            body.Add(note);
        }
    }

    private static JsonObject Resolution(DigestResolutionLine line)
    {
        var heading = Join(line.Committee, UkDate.Format(line.MeetingDate), line.Reference is null ? line.Item : $"{line.Reference} {line.Item}".Trim());
        return Container(
        [
            Text(heading, TextStyle.Label),
            Text(TextClip.Clip(line.Text, MaxTextChars)),
            Text(Cite(line.Source, line.MeetingDate, line.Page), TextStyle.Subtle),
        ], separator: true);
    }

    private static JsonObject Recommendation(DigestRecommendationLine line, string deadlineLabel)
    {
        var items = new List<JsonNode>
        {
            Text(Join(line.Committee, UkDate.Format(line.MeetingDate), line.Topic), TextStyle.Label),
            Text(TextClip.Clip(line.Text, MaxTextChars)),
        };
        if (line.Deadline is { } deadline)
        {
            items.Add(Text($"{deadlineLabel}: {UkDate.Format(deadline)}"));
        }

        if (!string.IsNullOrWhiteSpace(line.Response))
        {
            items.Add(Text("Response so far: " + TextClip.Clip(line.Response, MaxTextChars), TextStyle.Subtle));
        }

        items.Add(Text(Cite(line.Source, line.MeetingDate, line.Page), TextStyle.Subtle));
        return Container(items, separator: true);
    }

    private static string Cite(string source, DateOnly meetingDate, int page) =>
        $"Source: {source}, meeting {UkDate.Format(meetingDate)}, page {page}";

    private static string Join(params string?[] parts) =>
        string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
