using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Splitting;

/// <summary>A part of a pack as the splitter found it: its kind, title and lines.</summary>
internal sealed record PackPart(int Ordinal, PartKind Kind, string Title, IReadOnlyList<SourceLine> Lines)
{
    public int StartPage => Lines.Count > 0 ? Lines[0].Page : 1;

    public int EndPage => Lines.Count > 0 ? Lines[^1].Page : 1;

    public string Text => string.Join('\n', Lines.Select(l => l.Text));
}
