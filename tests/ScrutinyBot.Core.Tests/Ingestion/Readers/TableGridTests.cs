using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers;

/// <summary>A table's rows written under their header's columns (<see cref="TableGrid"/>), on PDFs built here: a
/// cell wrapped onto the next line keeps its column; a list of names and prose are not tables.</summary>
public sealed class TableGridTests
{
    private readonly PdfDocumentReader _sut = new();

    [Fact]
    public void Read_CellsWrappedUnderTheirHeader_KeepTheirColumns()
    {
        using var pdf = new PdfTextRuns().NewPage();
        Row(pdf, 700, ("Ref", 40), ("Recommendation", 110), ("Date made", 330), ("Status", 430));
        Row(pdf, 686, ("OSC 24/01", 40), ("Publish a quarterly breakdown of", 110), ("16/09/2024", 330), ("Agreed - first", 430));
        Row(pdf, 672, ("temporary accommodation spend", 110), ("dashboard issued", 430));
        Row(pdf, 658, ("December 2024", 430));
        Row(pdf, 630, ("The committee is asked to note the responses set out above and agree which may now close.", 40));

        var lines = Lines(pdf);

        Assert.Equal("OSC 24/01\tPublish a quarterly breakdown of\t16/09/2024\tAgreed - first", lines[1]);
        Assert.Equal("\ttemporary accommodation spend\t\tdashboard issued", lines[2]);
        Assert.Equal("\t\t\tDecember 2024", lines[3]);
        Assert.Equal("The committee is asked to note the responses set out above and agree which may now close.", lines[^1]);
    }

    [Fact]
    public void Read_RowOfCapitalisedCellsUnderADate_StaysInTheTableWithItsFirstColumnBlank()
    {
        using var pdf = new PdfTextRuns().NewPage();
        Row(pdf, 700, ("Meeting date", 40), ("Item", 150), ("Lead Service", 330), ("Type", 450));
        Row(pdf, 686, ("27 January 2025", 40), ("School Attendance", 150), ("Education", 330), ("Overview", 450));
        Row(pdf, 672, ("Quarter Two Performance", 150), ("Chief Executive's", 330), ("Performance", 450));
        Row(pdf, 658, ("17 March 2025", 40), ("SEND Strategy", 150), ("Education", 330), ("Overview", 450));

        var lines = Lines(pdf);

        Assert.Equal("\tQuarter Two Performance\tChief Executive's\tPerformance", lines[2]);
        Assert.Equal("17 March 2025\tSEND Strategy\tEducation\tOverview", lines[3]);
    }

    [Fact]
    public void Read_HeaderWrappedOntoASecondLine_KeepsItsColumnsForTheRowsBelow()
    {
        using var pdf = new PdfTextRuns().NewPage();
        Row(pdf, 700, ("Minute", 40), ("Action / Recommendation", 110), ("Meeting", 330), ("Lead", 410), ("Status", 480));
        Row(pdf, 686, ("Ref", 40), ("Date", 330), ("Officer", 410));
        Row(pdf, 672, ("P118/24", 40), ("Recommend to Council that the", 110), ("10/10/2024", 330), ("SD: OD", 410), ("Complete", 480));
        Row(pdf, 658, ("policy proceeds to consultation", 110));

        var lines = Lines(pdf);

        Assert.Equal("Ref		Date	Officer", lines[1]);
        Assert.Equal("P118/24	Recommend to Council that the	10/10/2024	SD: OD	Complete", lines[2]);
        Assert.Equal("	policy proceeds to consultation", lines[3]);
    }

    [Fact]
    public void Read_NamesListedInColumns_AreNoTableHeader()
    {
        using var pdf = new PdfTextRuns().NewPage();
        Row(pdf, 700, ("Mr A Booth,", 40), ("Mr P Bartlett,", 180), ("Mr M Baldock,", 320));
        Row(pdf, 686, ("Mr D Watkins,", 180));

        var lines = Lines(pdf);

        Assert.Equal("Mr D Watkins,", lines[1]);
    }

    private static void Row(PdfTextRuns pdf, double y, params (string Text, double X)[] cells)
    {
        foreach (var (text, x) in cells)
        {
            pdf.Write(text, 10, x, y);
        }
    }

    private List<string> Lines(PdfTextRuns pdf) =>
        _sut.Read("paper.pdf", pdf.Build()).Single().Text.Split('\n').Where(l => l.Trim().Length > 0).ToList();
}
