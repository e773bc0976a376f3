using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Extraction.Titles;
using ScrutinyBot.Core.Ingestion.Readers;
using ScrutinyBot.Core.Tests.Ingestion.Readers;

namespace ScrutinyBot.Core.Tests.Extraction.Titles;

/// <summary>Documents and parts get human titles at ingest, from the papers themselves: the seeds (Nottingham City,
/// Nottinghamshire text packs) and Kent County Council PDFs (one file per paper).</summary>
public sealed class DocumentTitleTests
{
    [Fact]
    public void Extract_SeedAgendaPack_TitlesThePackAndEachPartByKindAndMeeting()
    {
        var result = ExtractSeed("000");

        Assert.Equal("Agenda pack — Children and Young People Scrutiny Committee, 15 January 2025", result.Metadata.Title);
        var shown = result.Parts.Select(p => p.ShownTitle).ToList();
        Assert.Equal("Agenda", shown[0]);
        Assert.Contains("Minutes, 13 November 2024", shown);
        Assert.Contains("Recommendation tracker", shown);
        Assert.Contains("Work programme", shown);
    }

    [Fact]
    public void Extract_SeedAgendaPack_EvidenceNamesThePartTitleNotItsHeading()
    {
        var result = ExtractSeed("000");

        Assert.All(result.Facts.Recommendations, r => Assert.Equal("Recommendation tracker", r.Evidence.Part));
        Assert.Contains(result.Facts.Meetings, m => m.Evidence.Part == "Minutes, 13 November 2024");
    }

    [Fact]
    public void Extract_SeedStandAloneReport_TitledByItsReportTitleFieldAndMeeting()
    {
        var result = ExtractSeed("004");

        Assert.Equal("Children's Services Improvement — Children and Young People's Scrutiny Committee, 24 January 2024", result.Metadata.Title);
    }

    [Fact]
    public void Extract_SeedMinutesChairedByTheViceChair_ChairEvidenceQuotesTheSentenceNamingThem()
    {
        var meeting = ExtractSeed("000").Facts.Meetings.Single(m => m.Date == new DateOnly(2024, 11, 13));

        Assert.NotNull(meeting.ChairEvidence);
        Assert.Contains("chaired the meeting", meeting.ChairEvidence.Quote, StringComparison.Ordinal);
        Assert.Contains("Michael Savage", meeting.ChairEvidence.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cabinet_2025-01-30_Minutes of the meeting held on 9th January 2025.pdf", "Minutes — Cabinet, 9 January 2025")]
    [InlineData("cabinet_2025-01-30_Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf", "Agenda — Cabinet, 30 January 2025")]
    [InlineData("cabinet_2025-01-30_24-00096 - Commissioning Plan for Education Provision in Kent 2025-29 - Report.pdf", "Commissioning Plan for Education Provision in Kent 2025-29 — Cabinet, 30 January 2025")]
    [InlineData("cabinet_2025-01-30_24-00108 - Revenue and Capital Budget Monitoring Report November 2024-25.pdf", "Revenue and Capital Budget Monitoring Report – November 2024-25 — Cabinet, 30 January 2025")]
    [InlineData("cabinet_2025-01-30_24-00096 - PRoD.pdf", "Commissioning Plan for Education Provision in Kent 2025-29 — Cabinet, 30 January 2025")]
    [InlineData("cabinet_2025-01-30_24-00115 - PROD.pdf", "Adoption of the Integrated Care Strategy Delivery Plan — Cabinet, 30 January 2025")]
    public void Extract_KentPaper_TitledFromItsOwnPages(string file, string expected)
    {
        var path = Path.Combine(KentCorpus.Folder(), file);
        var pages = new PdfDocumentReader().Read(path, File.ReadAllBytes(path));

        var result = ExtractorFactory.Create().Extract(file, pages);

        Assert.Equal(expected, result.Metadata.Title);
    }

    [Fact]
    public void Extract_KentPaperNamedOnlyByItsFile_TitledByTheFileNameNotItsFirstLine()
    {
        const string file = "cabinet_2025-01-30_Appendix I Budget Risk Register 22.01.25.pdf";
        var path = Path.Combine(KentCorpus.Folder(), file);

        var result = ExtractorFactory.Create().Extract(file, new PdfDocumentReader().Read(path, File.ReadAllBytes(path)));

        Assert.Equal("Appendix I Budget Risk Register 22.01.25 — Cabinet, 30 January 2025", result.Metadata.Title);
    }

    [Fact]
    public void Extract_ReportWithSubjectFieldAndMachineMadeFileName_TitledBySubjectAndMeeting()
    {
        const string text = "From:\tCabinet Member for Highways\n\nTo:\tCabinet – 6 March 2025\n\nSubject:\tHighway Asset Management\nPlan 2025-30\n\n"
            + "Classification: Unrestricted\n\n1. Introduction\n\n1.1 This report sets out the plan.";

        var result = ExtractorFactory.Extract(text, source: "7f3a9c0b1d2e4f5a.txt");

        Assert.DoesNotContain("7f3a9c0b1d2e4f5a", result.Metadata.Title, StringComparison.Ordinal);
        Assert.StartsWith("Highway Asset Management", result.Metadata.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000_bf1d6094ad6ce6d2.txt", null)]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301.pdf", null)]
    [InlineData("Printed minutes 09th-Jan-2025 10.00 County Council.pdf", "Printed minutes 09th-Jan-2025 10.00 County Council")]
    [InlineData("cabinet_2025-01-30_24-00096 - PRoD.pdf", "PRoD")]
    [InlineData("full_council_2025-02-13_2 - Amendment - Greens and Independents.pdf", "Amendment - Greens and Independents")]
    [InlineData("2024-11-13_003_Budget 2024-25 consultation.pdf", "Budget 2024-25 consultation")]
    [InlineData("cabinet_2025-01-30_24-00108.pdf", null)]
    public void FromFileName_MachineMadeOrHuman_OnlyHumanNamesAreTitles(string source, string? expected)
    {
        Assert.Equal(expected, DocumentTitles.FromFileName(source));
    }

    [Theory]
    [InlineData("full_council_2025-02-13_Appendix I - Assessment.pdf", "Full Council", 2025, 2, 13)]
    [InlineData("cabinet_2025-01-30_24-00096 - EQIA.pdf", "Cabinet", 2025, 1, 30)]
    public void SourceFileName_CrawlerPrefix_ReadAsTheMeetingNotTheTitle(string source, string body, int year, int month, int day)
    {
        var sut = SourceFileName.Parse(source);

        Assert.Equal(body, sut.Body);
        Assert.Equal(new DateOnly(year, month, day), sut.Date);
        Assert.DoesNotContain("_", sut.Title, StringComparison.Ordinal);
        Assert.False(char.IsDigit(sut.Title![0]));
    }

    [Fact]
    public void Extract_SeedPapers_NoTitleCarriesTheCrawlersNumberedPrefix()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var title = ExtractSeed(prefix).Metadata.Title;

            Assert.DoesNotMatch(@"^\d|[0-9a-f]{12}", title);
        }
    }

    [Fact]
    public void Extract_MinutesFiledUnderALaterMeeting_KeepTheirOwnDate()
    {
        const string text = "MINUTES of a meeting of the Cabinet held on Thursday, 9 January 2025.\n\nPRESENT: Mr R Gough (Chairman)\n\n"
            + "1. Apologies\n\nThere were no apologies.";

        var result = ExtractorFactory.Extract(text, source: "cabinet_2025-01-30_Minutes.txt");

        Assert.DoesNotContain("30 January 2025", result.Metadata.Title, StringComparison.Ordinal);
    }

    private static ExtractionResult ExtractSeed(string prefix)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var file = Directory.GetFiles(Path.Combine(dir.FullName, "samples"), prefix + "_*.txt").Single();
        var pages = File.ReadAllText(file).Split('\f').Select((t, i) => new PageText(i + 1, t)).ToList();
        return ExtractorFactory.Create().Extract(Path.GetFileName(file), pages);
    }
}
