using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers;

/// <summary>The reader's rules on PDFs built here: words from letter positions, superscripts, running heads and
/// feet, hyphens, ligatures and bullets, paragraph gaps and table cells.</summary>
public sealed class PdfDocumentReaderLayoutTests
{
    private readonly PdfDocumentReader _sut = new();

    [Fact]
    public void Read_FirstLetterInBiggerFont_JoinsItsWord()
    {
        using var pdf = new PdfTextRuns().NewPage();
        pdf.WriteThen("M", 20, "inutes of the meeting", 11, 40, 700);
        pdf.WriteThen("R", 16, "eview of the Corporate Parenting Panel", 11, 40, 680);

        var text = Text(pdf);

        Assert.Equal("Minutes of the meeting\nReview of the Corporate Parenting Panel", text);
    }

    [Fact]
    public void Read_SuperscriptOrdinal_JoinsItsNumberOnTheLine()
    {
        using var pdf = new PdfTextRuns().NewPage();
        var end = pdf.WriteThen("There was a meeting on 18", 11, "th", 7, 40, 700, rise: 3.7);
        pdf.Write(" December and another on 12", 11, end, 700);
        pdf.Write("February.", 11, 40, 687);

        var text = Text(pdf);

        Assert.Equal("There was a meeting on 18th December and another on 12\nFebruary.", text);
    }

    [Fact]
    public void Read_HeaderFooterAndPageNumberOnEveryPage_RemovesThemAndKeepsALineThatAppearsOnce()
    {
        using var pdf = new PdfTextRuns();
        for (var page = 1; page <= 4; page++)
        {
            pdf.NewPage();
            pdf.Write("Kent County Council - Scrutiny Committee 2025", 9, 40, 815);
            if (page == 1)
            {
                pdf.Write("Appendix A: the work programme", 11, 40, 790);
            }

            pdf.Write($"Body text of page {page}.", 11, 40, 500);
            pdf.Write($"Page {page} of 4", 9, 280, 30);
        }

        var pages = _sut.Read("pack.pdf", pdf.Build());

        Assert.Equal("Appendix A: the work programme\n\nBody text of page 1.", pages[0].Text);
        Assert.Equal("Body text of page 3.", pages[2].Text);
        Assert.DoesNotContain(pages, p => p.Text.Contains("Scrutiny Committee 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BarePageNumberInFooter_IsRemovedEvenOnTwoPages()
    {
        using var pdf = new PdfTextRuns();
        for (var page = 1; page <= 2; page++)
        {
            pdf.NewPage();
            pdf.Write("Recommendations", 11, 40, 700);
            pdf.Write(page.ToString(System.Globalization.CultureInfo.InvariantCulture), 9, 290, 30);
        }

        var pages = _sut.Read("pack.pdf", pdf.Build());

        Assert.All(pages, p => Assert.Equal("Recommendations", p.Text));
    }

    [Fact]
    public void Read_LineEndingInHyphenBeforeLowercase_JoinsTheWordKeepingTheHyphen()
    {
        using var pdf = new PdfTextRuns().NewPage();
        pdf.Write("the take-", 11, 40, 700);
        pdf.Write("up of places and the decision-", 11, 40, 687);
        pdf.Write("making process; item 5 -", 11, 40, 674);
        pdf.Write("continued. Kent-", 11, 40, 661);
        pdf.Write("Medway", 11, 40, 648);

        var text = Text(pdf);

        Assert.Equal("the take-up\nof places and the decision-making\nprocess; item 5 -\ncontinued. Kent-\nMedway", text);
    }

    [Fact]
    public void Read_LigatureAndOddBullets_AreNormalised()
    {
        using var pdf = new PdfTextRuns().NewPage();
        pdf.Write("The \ufb01nancial \ufb02ow", 11, 40, 713);
        pdf.Write("first point", 11, pdf.Write("\u25cf", 8, 40, 700, dingbats: true) + 6, 700);
        pdf.Write("o second point", 11, 40, 687);

        var text = Text(pdf);

        Assert.Equal("The financial flow\n• first point\n• second point", text);
        Assert.Equal("• the officer's staff •", TextNormaliser.Line("\uf0b7 the o\ufb03cer's sta\ufb00 \u25aa"));
        Assert.Equal("Cost\t• up \uf0e0 down", TextNormaliser.Line("Cost\t\uf0a7 up \uf0e0 down"));
    }

    [Fact]
    public void Read_WideGapBetweenLines_EmitsBlankLineBetweenParagraphs()
    {
        using var pdf = new PdfTextRuns().NewPage();
        pdf.Write("First paragraph, line one", 11, 40, 700);
        pdf.Write("first paragraph, line two.", 11, 40, 687);
        pdf.Write("Second paragraph.", 11, 40, 660);

        var text = Text(pdf);

        Assert.Equal("First paragraph, line one\nfirst paragraph, line two.\n\nSecond paragraph.", text);
    }

    [Fact]
    public void Read_TableRow_KeepsCellsOnOneLineSeparatedByTabs()
    {
        using var pdf = new PdfTextRuns().NewPage();
        pdf.Write("Adult Social Care", 11, 40, 700);
        pdf.Write("£201.6m", 11, 250, 700);
        pdf.Write("On budget", 11, 400, 700.8);

        var text = Text(pdf);

        Assert.Equal("Adult Social Care\t£201.6m\tOn budget", text);
    }

    private string Text(PdfTextRuns pdf) => _sut.Read("paper.pdf", pdf.Build()).Single().Text;
}
