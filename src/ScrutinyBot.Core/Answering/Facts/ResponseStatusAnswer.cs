using System.Text;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>"What's the latest on the X recommendations?" or "what recommendations came out of X?": the
/// recommendations on that topic, each with the response recorded in the tracker (or that none is recorded yet),
/// cited to the tracker.</summary>
public static class ResponseStatusAnswer
{
    private const int MaxRecommendations = 6;
    private const int MaxResponseChars = 450;
    private const int MaxChars = 1200;

    /// <param name="responseChars">How much of each response to quote: most when the question asks about the
    /// response, less when it asks what was recommended.</param>
    public static Answer? TryAnswer(IReadOnlyList<Recommendation> matching, int responseChars = MaxResponseChars)
    {
        if (matching.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        var citations = new List<Citation>();
        string? previousResponse = null;
        foreach (var r in matching.Take(MaxRecommendations))
        {
            if (text.Length > MaxChars - 200)
            {
                break;
            }

            var number = citations.Count + 1;
            text.Append(text.Length == 0 ? string.Empty : "\n")
                .Append($"- \"{FactText.Clip(r.Text, 160)}\" ({r.Committee}, {FactText.ShortDate(r.MeetingDate)}): ")
                .Append(Response(r, previousResponse, responseChars))
                .Append($" [{number}]");
            citations.Add(CitationFactory.FromEvidence(number, r.Evidence, r.MeetingDate, r.Committee));
            previousResponse = r.Response;
        }

        return new Answer(true, text.ToString(), citations);
    }

    /// <summary>The question asks whether an outside body replied, and the tracker's response (what the executive
    /// did) never names it: not found, with the tracker's row as the closest thing the papers hold.</summary>
    public static Answer NoReplyFrom(string body, Recommendation closest) =>
        new(
            false,
            $"I couldn't find a reply from {body} in the indexed papers. Closest: the tracker's entry for \"{FactText.Clip(closest.Text, 160)}\" ({closest.Committee}, {FactText.ShortDate(closest.MeetingDate)}): {Response(closest, null, 300)} [1]",
            [CitationFactory.FromEvidence(1, closest.Evidence, closest.MeetingDate, closest.Committee)]);

    private static string Response(Recommendation r, string? previousResponse, int responseChars)
    {
        var deadline = r.Deadline is { } d ? $" (response due {FactText.ShortDate(d)})" : string.Empty;
        if (r.ResponseStatus == ResponseStatus.None || string.IsNullOrWhiteSpace(r.Response))
        {
            return $"no response recorded yet{deadline}.";
        }

        var kind = r.ResponseStatus == ResponseStatus.Partial ? "partial response" : "response";
        return r.Response == previousResponse
            ? $"{kind}: as above."
            : $"{kind}: \"{FactText.Clip(r.Response, responseChars)}\"";
    }
}
