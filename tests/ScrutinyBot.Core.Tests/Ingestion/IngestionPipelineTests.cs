using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Core.Tests.Ingestion;

public sealed class IngestionPipelineTests
{
    [Fact]
    public async Task IngestAsync_UnchangedCorpusAgain_SkipsEverythingAndChangesNothing()
    {
        using var sut = new IngestionHarness();
        var first = await sut.IngestAsync(SamplePapers.Folder);
        var documents = await sut.Store.ListDocumentsAsync(CancellationToken.None);
        var chunks = await sut.CountAsync("SELECT count(*) FROM chunks");
        var maxChunkId = await sut.CountAsync("SELECT max(id) FROM chunks");
        sut.Clock.Advance(TimeSpan.FromHours(1));

        var second = await sut.IngestAsync(SamplePapers.Folder);

        Assert.True(first.Added >= 5);
        Assert.Equal(first.Added, second.Skipped);
        Assert.Equal(0, second.Added + second.Replaced + second.Failed);
        Assert.Equal(documents, await sut.Store.ListDocumentsAsync(CancellationToken.None));
        Assert.Equal(chunks, await sut.CountAsync("SELECT count(*) FROM chunks"));
        Assert.Equal(maxChunkId, await sut.CountAsync("SELECT max(id) FROM chunks"));
    }

    [Fact]
    public async Task IngestAsync_ChangedFile_ReplacesItsFactsAndText()
    {
        using var sut = new IngestionHarness();
        var path = sut.Files.Write("minutes.txt", "RESOLVED: to approve the old plan.\nRESOLVED: to note the report.");
        await sut.IngestOneAsync(path);
        var before = (await sut.Store.ListDocumentsAsync(CancellationToken.None)).Single();
        sut.Files.Write("minutes.txt", "RESOLVED: to approve the new plan.");
        sut.Clock.Advance(TimeSpan.FromMinutes(5));

        var outcome = await sut.IngestOneAsync(path);

        Assert.Equal(IngestionStatus.Replaced, outcome.Status);
        var facts = await sut.FactsAsync();
        var resolution = Assert.Single(facts.Facts.Resolutions);
        Assert.Equal("to approve the new plan.", resolution.Text);
        var after = Assert.Single(facts.Documents);
        Assert.NotEqual(before.ContentHash, after.ContentHash);
        Assert.Equal(sut.Clock.GetUtcNow(), after.IngestedAt);
        Assert.Equal(0, await sut.CountAsync("SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH 'old'"));
        Assert.Equal(1, await sut.CountAsync("SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH 'new'"));
    }

    [Fact]
    public async Task IngestAsync_HtmlAndDocx_AreReadWithTheirPages()
    {
        using var sut = new IngestionHarness();
        var html = sut.Files.Write("minutes.html", "<html><body><div id=\"modgov\"><p>Minutes</p><p>RESOLVED: from the web page.</p></div></body></html>");
        var docx = sut.Files.Write("minutes.docx", DocxFixtures.Build(
            DocxFixtures.Paragraph("Minutes") + DocxFixtures.PageBreak + DocxFixtures.Paragraph("RESOLVED: from page two of the Word file.")));

        var summary = await sut.IngestAsync(html, docx);

        Assert.Equal(2, summary.Added);
        var resolutions = (await sut.FactsAsync()).Facts.Resolutions;
        Assert.Equal(1, resolutions.Single(r => r.Source == "minutes.html").Evidence.Page);
        Assert.Equal(2, resolutions.Single(r => r.Source == "minutes.docx").Evidence.Page);
        Assert.Equal(1, await sut.CountAsync("SELECT count(*) FROM documents WHERE format = 'docx' AND page_count = 2"));
    }

    [Fact]
    public async Task ForgetAsync_ByFileName_RemovesDocumentAndItsFacts()
    {
        using var sut = new IngestionHarness();
        var keep = sut.Files.Write("keep.txt", "RESOLVED: keep me.");
        var drop = sut.Files.Write("drop.txt", "RESOLVED: drop me.");
        await sut.IngestAsync(keep, drop);

        var removed = await sut.Pipeline.ForgetAsync("drop.txt", CancellationToken.None);

        Assert.NotNull(removed);
        Assert.Equal(drop, removed.SourcePath);
        var facts = await sut.FactsAsync();
        Assert.Equal("keep me.", Assert.Single(facts.Facts.Resolutions).Text);
        Assert.Equal(0, await sut.CountAsync("SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH 'drop'"));
        Assert.Equal(0, await sut.CountAsync("SELECT count(*) FROM pages p LEFT JOIN documents d ON d.id = p.document_id WHERE d.id IS NULL"));
    }

    [Fact]
    public async Task ForgetAsync_ByIdThenAgain_SecondTimeFindsNothing()
    {
        using var sut = new IngestionHarness();
        var outcome = await sut.IngestOneAsync(sut.Files.Write("a.txt", "RESOLVED: a."));

        var first = await sut.Pipeline.ForgetAsync(outcome.DocumentId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        var second = await sut.Pipeline.ForgetAsync("a.txt", CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Empty((await sut.FactsAsync()).Facts.Meetings);
    }

    [Fact]
    public async Task IngestAsync_MultiPagePdfFromSample_KeepsPageNumbersThroughToChunksAndEvidence()
    {
        using var sut = new IngestionHarness(new FakeDocumentExtractor { SinglePart = true });
        var pages = PdfFixtures.Paginate(SamplePapers.Read("000"), 55).Take(4).ToList();
        pages[2] += "\nRESOLVED: to hold a workshop on page three.";
        var path = sut.Files.Write("pack.pdf", PdfFixtures.Build(pages));

        var outcome = await sut.IngestOneAsync(path);

        Assert.Equal(IngestionStatus.Added, outcome.Status);
        Assert.Equal(4, await sut.CountAsync("SELECT count(*) FROM pages"));
        Assert.Equal(3, await sut.CountAsync("SELECT number FROM pages WHERE text LIKE '%workshop on page three%'"));
        var resolution = Assert.Single((await sut.FactsAsync()).Facts.Resolutions);
        Assert.Equal(3, resolution.Evidence.Page);
        Assert.Equal(3, await sut.CountAsync("SELECT page FROM chunks WHERE text LIKE '%workshop on page three%' ORDER BY id LIMIT 1"));
        Assert.Equal(1, await sut.CountAsync("SELECT min(page) FROM chunks"));
        Assert.Equal(4, await sut.CountAsync("SELECT max(page) FROM chunks"));
    }
}
