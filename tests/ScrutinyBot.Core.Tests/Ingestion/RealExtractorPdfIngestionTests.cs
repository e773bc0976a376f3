using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Core.Tests.Ingestion;

public sealed class RealExtractorPdfIngestionTests
{
    [Fact]
    public async Task IngestAsync_SamplePackAsPdfWithRealExtractor_ChunksFollowPagesInOrder()
    {
        using var provider = new ServiceCollection().AddExtraction().BuildServiceProvider();
        using var sut = new IngestionHarness(provider.GetRequiredService<IDocumentExtractor>());
        var pages = PdfFixtures.Paginate(SamplePapers.Read("000"), 60).Take(5).ToList();
        var path = sut.Files.Write("pack.pdf", PdfFixtures.Build(pages));

        var outcome = await sut.IngestOneAsync(path);

        Assert.Equal(IngestionStatus.Added, outcome.Status);
        Assert.Equal(5, await sut.CountAsync("SELECT count(*) FROM pages"));
        Assert.Equal(0, await sut.CountAsync(
            "SELECT count(*) FROM chunks a JOIN chunks b ON a.document_id = b.document_id AND a.part_ordinal = b.part_ordinal AND b.id > a.id AND b.page < a.page"));
        Assert.Equal(5, await sut.CountAsync("SELECT count(DISTINCT page) FROM chunks"));
        Assert.Equal(0, await sut.CountAsync(
            "SELECT count(*) FROM chunks c JOIN parts p ON p.document_id = c.document_id AND p.ordinal = c.part_ordinal WHERE c.page < p.start_page OR c.page > p.end_page"));
        var meeting = (await sut.FactsAsync()).Facts.Meetings.First();
        Assert.Equal("pack.pdf", meeting.Source);
    }
}
