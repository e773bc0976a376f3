using System.Text;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers;

public sealed class PlainTextDocumentReaderTests
{
    private readonly PlainTextDocumentReader _sut = new();

    [Fact]
    public void Read_FormFeeds_SplitsIntoNumberedPages()
    {
        var pages = _sut.Read("a.txt", Encoding.UTF8.GetBytes("page one\r\nline\fpage two\f\f"));

        Assert.Equal(2, pages.Count);
        Assert.Equal((1, "page one\nline"), (pages[0].Number, pages[0].Text));
        Assert.Equal((2, "page two"), (pages[1].Number, pages[1].Text));
    }

    [Fact]
    public void Read_FrontSheetLabelsSetApartBySpaces_BecomeLabelCells()
    {
        const string text = "DURHAM COUNTY COUNCIL\n\nDate            Monday 27 January 2025\n\nTime            9.30 am\n\nVenue           Committee Room 2, County Hall, Durham\n\n1.    Apologies for Absence\n";

        var page = _sut.Read("agenda.txt", Encoding.UTF8.GetBytes(text)).Single().Text;

        Assert.Contains("Time\t9.30 am", page, StringComparison.Ordinal);
        Assert.Contains("Venue\tCommittee Room 2, County Hall, Durham", page, StringComparison.Ordinal);
        Assert.Contains("1.    Apologies for Absence", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PageWithALeftMargin_LabelsAreReadFromTheMargin()
    {
        const string text = "     CITY COUNCIL\n\n     Committee            HOUSING SCRUTINY COMMITTEE\n\n     Date and Time        TUESDAY, 8 JULY 2025, 4.30 PM\n\n"
            + "     Councillor Jane Smith        (Chair)\n     Councillor Amir Khan         (Vice-Chair)\n";

        var page = _sut.Read("agenda.txt", Encoding.UTF8.GetBytes(text)).Single().Text;

        Assert.Contains("Committee\tHOUSING SCRUTINY COMMITTEE", page, StringComparison.Ordinal);
        Assert.Contains("Date and Time\tTUESDAY, 8 JULY 2025, 4.30 PM", page, StringComparison.Ordinal);
        Assert.Contains("     Councillor Jane Smith        (Chair)", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf8WithBom_DropsTheMark()
    {
        var pages = _sut.Read("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Caf\u00E9 \u2013 minutes")]);

        Assert.Equal("Caf\u00E9 \u2013 minutes", Assert.Single(pages).Text);
    }

    [Fact]
    public void Read_Windows1252Bytes_DecodesSmartQuotesAndPound()
    {
        var pages = _sut.Read("a.txt", [0x93, 0x41, 0x94, 0x20, 0xA3, 0x35, 0x20, 0x96]);

        Assert.Equal("\u201CA\u201D \u00A35 \u2013", Assert.Single(pages).Text);
    }

    [Fact]
    public void Read_NulBytes_ThrowsBinaryMessageNamingFile()
    {
        var ex = Assert.Throws<DocumentReadException>(() => _sut.Read("report.txt", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));

        Assert.StartsWith("report.txt:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("binary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf16WithBom_Decodes()
    {
        var pages = _sut.Read("a.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Minutes")]);

        Assert.Equal("Minutes", Assert.Single(pages).Text);
    }

    [Fact]
    public void Read_TableLaidOutWithSpaces_WritesItsCellsUnderTheirColumns()
    {
        const string text = """
            The committee is asked to note the responses.  Two remain open.

            Ref        Recommendation                         Date made      Status
            OSC 24/01  Publish a quarterly breakdown of       16/09/2024     Agreed - first
                       temporary accommodation spend                         dashboard issued
            """;

        var lines = _sut.Read("tracker.txt", Encoding.UTF8.GetBytes(text)).Single().Text.Split('\n');

        Assert.Equal("The committee is asked to note the responses.  Two remain open.", lines[0]);
        Assert.Equal("Ref\tRecommendation\tDate made\tStatus", lines[2]);
        Assert.Equal("OSC 24/01\tPublish a quarterly breakdown of\t16/09/2024\tAgreed - first", lines[3]);
        Assert.Equal("\ttemporary accommodation spend\t\tdashboard issued", lines[4]);
    }

    [Fact]
    public void Read_BoxDrawnRuleUnderTheHeader_DoesNotEndTheTable()
    {
        const string text = """
            Ref   Recommendation                 Response due   Status
            ├────┼──────────────────────────────┼──────────────┼──────────┤
            1     That travel training is        24/11/2025     Accepted
                  offered to every pupil.
            """;

        var lines = _sut.Read("tracker.txt", Encoding.UTF8.GetBytes(text)).Single().Text.Split('\n');

        Assert.Equal("1\tThat travel training is\t24/11/2025\tAccepted", lines[2]);
        Assert.Equal("\toffered to every pupil.", lines[3]);
    }

    [Fact]
    public void Read_ACellWiderThanItsHeader_FillsTheGapBeforeTheNextColumn()
    {
        const string text = """
             Meeting date     Recommendation                     To               Response due
             26 September     That the Cabinet Member            Cabinet Member   28 November
             2024             commissions a review.              for Environment  2024
            """;

        var lines = _sut.Read("tracker.txt", Encoding.UTF8.GetBytes(text)).Single().Text.Split('\n');

        Assert.Equal("26 September\tThat the Cabinet Member\tCabinet Member\t28 November", lines[1]);
        Assert.Equal("2024\tcommissions a review.\tfor Environment\t2024", lines[2]);
    }
}
