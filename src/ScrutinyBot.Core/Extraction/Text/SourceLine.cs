namespace ScrutinyBot.Core.Extraction.Text;

/// <summary>One cleaned line of a document and the page it is on. Tabs (table cells) are kept.</summary>
internal sealed record SourceLine(int Page, string Text)
{
    public string Plain => Text.Replace('\t', ' ').Trim();

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public IReadOnlyList<string> Cells => Text.Split('\t');

    /// <summary>True when the line was an item of a list printed with a bullet glyph ("•", "▪", "●"): a list item, not a
    /// heading.</summary>
    public bool Bulleted { get; init; }

    /// <summary>True when the line opened with a star the cleaner took for a bullet: "* Councillor Andrew Bramshaw" in
    /// a membership starred by presence.</summary>
    public bool Starred { get; init; }

    /// <summary>True when the line opened with a dash the cleaner took for a bullet ("-   noted the update; and").</summary>
    public bool Dashed { get; init; }

    /// <summary>True when the line was printed as a list's item under a bullet of any kind.</summary>
    public bool ListBullet => Bulleted || Starred || Dashed;
}
