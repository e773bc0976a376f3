using System.Text;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers;

public sealed class HtmlDocumentReaderLimitsTests
{
    [Fact]
    public void Read_MoreTagsThanTheLimit_RefusedBeforeParsing()
    {
        var sut = new HtmlDocumentReader(Options.Create(new ReaderLimitsOptions { MaxHtmlElements = 1_000 }));
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div></div>", 1_000)) + "</body></html>";

        var ex = Assert.Throws<DocumentReadException>(() => sut.Read("tags.html", Encoding.UTF8.GetBytes(page)));

        Assert.StartsWith("tags.html:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Ingestion:Limits:MaxHtmlElements", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LargerThanTheLimit_RefusedBeforeDecoding()
    {
        var sut = new HtmlDocumentReader(Options.Create(new ReaderLimitsOptions { MaxExpandedBytes = 4096 }));
        var page = "<html><body><p>" + new string('a', 5000) + "</p></body></html>";

        var ex = Assert.Throws<DocumentReadException>(() => sut.Read("big.html", Encoding.UTF8.GetBytes(page)));

        Assert.Contains("Ingestion:Limits:MaxExpandedBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithinTheLimits_Read()
    {
        var sut = new HtmlDocumentReader(Options.Create(new ReaderLimitsOptions { MaxHtmlElements = 10 }));

        var page = Assert.Single(sut.Read("ok.html", Encoding.UTF8.GetBytes("<html><body><p>Minutes</p></body></html>")));

        Assert.Equal("Minutes", page.Text.Trim());
    }
}
