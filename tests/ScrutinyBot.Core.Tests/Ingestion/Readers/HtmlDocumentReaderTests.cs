using System.Text;
using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers;

public sealed class HtmlDocumentReaderTests
{
    private readonly HtmlDocumentReader _sut = new();

    [Fact]
    public void Read_ModernGovPage_KeepsContentLinesAndTableRowsAsTabs()
    {
        const string html = """
            <html><head><title>Minutes</title><script>var x = 1;</script></head>
            <body><nav>Home | Meetings</nav>
            <div id="modgov"><h1>Minutes of the meeting held on 13 November 2024</h1>
            <p>Present: Councillor A<br>Councillor B</p>
            <table><tr><th>Date</th><th>Recommendation</th></tr><tr><td>10 July 2024</td><td><p>That the Council</p><p>acts.</p></td></tr></table>
            <p>RESOLVED:&nbsp;to note the report.</p></div></body></html>
            """;

        var text = Assert.Single(_sut.Read("m.html", Encoding.UTF8.GetBytes(html))).Text;

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["Minutes of the meeting held on 13 November 2024", "Present: Councillor A", "Councillor B", "Date\tRecommendation",
             "10 July 2024\tThat the Council acts.", "RESOLVED: to note the report."],
            lines);
    }
}
