using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>"How many EHCPs does Nottingham City Council maintain?": the question names a council in full, so a figure
/// from a neighbouring council's paper ("Nottinghamshire County Council") answers another question, even where a
/// passage of the council asked is quoted beside it. A paper of that council answers, or a sentence naming it ("in
/// Nottingham City"); a paper whose council is not known is not ruled out.</summary>
public sealed partial class CouncilAsked
{
    private readonly string? _council;

    public CouncilAsked(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (NamedInFull().Match(question) is { Success: true } m)
        {
            _council = $"{m.Groups["place"].Value} {m.Groups["kind"].Value}";
        }
    }

    public bool Allows(AnswerUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (_council is null)
        {
            return true;
        }

        var council = unit.Passage.Hit.Chunk.Council;
        return !Retrieval.CommitteeCouncils.NamesAPlace(council)
            || council.Contains(_council, StringComparison.OrdinalIgnoreCase)
            || unit.Text.Contains(_council, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Nottingham City Council", "Kent County Council", "Vale of White Horse District Council" (its last two
    /// place words).</summary>
    [GeneratedRegex(@"\b(?<place>[A-Z][a-z]{2,}(\s[A-Z][a-z]{2,})?)\s+(?<kind>City|County|Borough|District)\s+Council\b")]
    private static partial Regex NamedInFull();
}
