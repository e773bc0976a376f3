using AngleSharp.Html.Parser;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Reads .html/.htm pages (e.g. ModernGov minutes): the main content as lines, table rows tab-separated.</summary>
public sealed class HtmlDocumentReader : IDocumentReader
{
    public string Format => "html";

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public IReadOnlyList<PageText> Read(string fileName, byte[] content)
    {
        var html = TextDecoding.Decode(fileName, content);
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var root = HtmlText.MainContent(document);
        if (root is null)
        {
            throw new DocumentReadException($"{fileName}: the page has no body: save the full page as HTML and re-ingest.");
        }

        var text = HtmlText.Extract(root);
        return FormFeedPages.Split(text);
    }
}
