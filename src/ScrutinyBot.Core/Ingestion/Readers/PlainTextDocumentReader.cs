using System.Text;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Reads .txt and .md: UTF-8 (or UTF-16 with a byte-order mark), else Windows-1252; pages split on form feeds;
/// tables laid out with spaces written as cells (<see cref="SpacedTables"/>).</summary>
public sealed class PlainTextDocumentReader : IDocumentReader
{
    public string Format => "text";

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".md", ".text", ".markdown"];

    public IReadOnlyList<PageText> Read(string fileName, byte[] content)
    {
        var text = TextDecoding.Decode(fileName, content);
        return FormFeedPages.Split(text).Select(p => p with { Text = SpacedTables.Tabbed(p.Text) }).ToList();
    }
}
