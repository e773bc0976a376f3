using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>"When is Medway's full council considering the changes?", "what did Nottingham City Council's cabinet
/// agree?": the question asks about a body of a council it names. A paper of that council answers it; another
/// council's paper only when the sentence names that council's body ("Medway Council", "Medway's cabinet"), not the
/// place alone ("the Kent and Medway NHS JHOSC" is a joint committee, and its dates are Kent's).</summary>
public sealed partial class AnotherCouncilsBody
{
    private readonly string? _place;
    private readonly Regex? _namedBody;

    public AnotherCouncilsBody(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        // "January's scrutiny meeting" names a month's meeting, not a council's.
        if (CouncilsBody().Match(question) is { Success: true } m && !DateExpressionParser.IsMonthName(m.Groups["place"].Value) && !Weekdays.IsName(m.Groups["place"].Value))
        {
            _place = m.Groups["place"].Value;
            _namedBody = new Regex(@"\b" + Regex.Escape(_place) + @"(['\u2019]s|\s+((City|County|Borough|District)\s+)?Council\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }

    /// <summary>True when the unit may answer: the question names no council's body, the paper is that council's, or
    /// the sentence names that council's body. A paper whose council is not known (an appendix published on its own)
    /// is not taken to be that council's.</summary>
    public bool Allows(AnswerUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (_place is null)
        {
            return true;
        }

        var council = unit.Passage.Hit.Chunk.Council;
        return (council is not null && council.Contains(_place, StringComparison.OrdinalIgnoreCase)) || _namedBody!.IsMatch(unit.Text);
    }

    /// <summary>A place (capitalised, one or two words; "City Council" and the like may follow) owning a council body:
    /// "Medway's full council", "Nottingham City Council's cabinet".</summary>
    [GeneratedRegex(@"\b(?<place>[A-Z][a-z]{2,}(\s[A-Z][a-z]{2,})?)(\s+(City|County|Borough|District))?(\s+Council)?['\u2019]s\s+(full\s+council|council|cabinet|executive|overview|scrutiny|select\s+committee|health\s+scrutiny)\b")]
    private static partial Regex CouncilsBody();
}
