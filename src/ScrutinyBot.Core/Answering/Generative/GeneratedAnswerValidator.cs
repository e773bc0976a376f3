using System.Text.RegularExpressions;
using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Answering.Generative;

/// <summary>Checks a model's answer against the evidence it was given: it must cite at least one passage or fact
/// quote, and only ones it was given. Anything else is dropped (the caller falls back to the extractive answer).</summary>
public static partial class GeneratedAnswerValidator
{
    /// <summary>True when the model said the evidence does not answer the question.</summary>
    public static bool IsDecline(string? reply) => reply is not null && reply.Contains(PassagePrompt.DeclineMarker, StringComparison.Ordinal);

    public static Answer? Validate(string reply, PromptEvidence evidence)
    {
        var text = reply.Trim();
        if (text.Length == 0 || IsDecline(text))
        {
            return null;
        }

        var numbers = Citation().Matches(text)
            .SelectMany(m => m.Groups["n"].Captures.Select(c => int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        if (numbers.Count == 0 || numbers.Any(n => n < 1 || n > evidence.Count))
        {
            return null;
        }

        if (text.Length > ExtractiveAnswerer.MaxAnswerChars)
        {
            text = text[..(ExtractiveAnswerer.MaxAnswerChars - 1)].TrimEnd() + "…";
        }

        var citations = numbers.Distinct().Order().Select(evidence.Cite).ToList();
        return new Answer(true, text, citations, AiGenerated: true);
    }

    [GeneratedRegex(@"\[(?:\s*(?<n>\d{1,3})\s*,?)+\]")]
    private static partial Regex Citation();
}
