namespace ScrutinyBot.Core.Storage;

/// <summary>One copy of each short text read back from the fact tables: committee names, part titles, sources, kinds
/// and people's names recur on thousands of facts, and a string each would hold them thousands of times over (at
/// 1,000 papers a tenth of the facts' memory). Long texts (a resolution, a quote) are rarely repeated and pass through.</summary>
public sealed class ShortTextPool
{
    /// <summary>The longest text pooled: a long committee or paper title.</summary>
    public const int MaxLength = 160;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public string? Share(string? text)
    {
        if (text is null || text.Length > MaxLength)
        {
            return text;
        }

        if (_texts.TryGetValue(text, out var shared))
        {
            return shared;
        }

        _texts[text] = text;
        return text;
    }
}
