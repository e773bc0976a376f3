using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Reads .html/.htm pages (e.g. ModernGov minutes): the main content as lines, table rows tab-separated. The
/// page's size and tag count are capped (<see cref="ReaderLimitsOptions"/>) before it is decoded or parsed, so a page
/// of millions of tags is refused in bounded memory.</summary>
public sealed class HtmlDocumentReader(IOptions<ReaderLimitsOptions> options) : IDocumentReader
{
    /// <summary>A reader with the default limits.</summary>
    public HtmlDocumentReader()
        : this(Options.Create(new ReaderLimitsOptions()))
    {
    }

    public string Format => "html";

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public IReadOnlyList<PageText> Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var limits = options.Value;
        if (content.LongLength > limits.MaxExpandedBytes)
        {
            throw new DocumentReadException(
                $"{fileName}: the page is larger than {limits.MaxExpandedBytes / (1024 * 1024):N0} MB (Ingestion:Limits:MaxExpandedBytes): save only the minutes or agenda part of the page, then re-ingest.");
        }

        var tags = content.AsSpan().Count((byte)'<');
        if (tags > limits.MaxHtmlElements)
        {
            throw new DocumentReadException(
                $"{fileName}: the page has {tags:N0} tags, over the {limits.MaxHtmlElements:N0} limit (Ingestion:Limits:MaxHtmlElements); it is not a readable paper: save the paper itself as PDF or HTML, then re-ingest.");
        }

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
