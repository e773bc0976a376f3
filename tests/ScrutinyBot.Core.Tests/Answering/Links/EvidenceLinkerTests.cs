using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering.Links;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Tests.Answering.Links;

public sealed class EvidenceLinkerTests
{
    private static readonly string Papers = Path.Combine(Path.GetTempPath(), "council-papers");

    [Fact]
    public async Task LinkAsync_SyncedPdf_LinksEachFactToTheSitesAddressAtItsPage()
    {
        var set = Set(Path.Combine("/data/sources", "9001-Minutes.pdf"), "pdf");
        var sut = Sut(new Dictionary<string, SourceLink> { ["9001-Minutes.pdf"] = new("https://democracy.kent.test/mgConvert2PDF.aspx?ID=9001", IsPdf: true) });

        var linked = await sut.LinkAsync(set, CancellationToken.None);

        Assert.Equal("https://democracy.kent.test/mgConvert2PDF.aspx?ID=9001#page=4", linked.Facts.Resolutions.Single().Evidence.Link);
        Assert.Equal("https://democracy.kent.test/mgConvert2PDF.aspx?ID=9001#page=4", linked.Facts.Recommendations.Single().Evidence.Link);
    }

    [Fact]
    public async Task LinkAsync_PaperInAMappedFolder_LinksToTheFolderAddressAtItsPage()
    {
        var set = Set(Path.Combine(Papers, "Cabinet pack.pdf"), "pdf");

        var linked = await Sut([]).LinkAsync(set, CancellationToken.None);

        Assert.Equal("https://democracy.council.test/papers/Cabinet%20pack.pdf#page=4", linked.Facts.Resolutions.Single().Evidence.Link);
    }

    [Fact]
    public async Task LinkAsync_TextPaperInAMappedFolder_LinksWithoutAPage()
    {
        var set = Set(Path.Combine(Papers, "minutes.txt"), "text");

        var linked = await Sut([]).LinkAsync(set, CancellationToken.None);

        Assert.Equal("https://democracy.council.test/papers/minutes.txt", linked.Facts.Resolutions.Single().Evidence.Link);
    }

    [Fact]
    public async Task LinkAsync_PaperWithNoKnownAddress_LeavesItUnlinked()
    {
        var set = Set("/elsewhere/minutes.pdf", "pdf");

        var linked = await Sut([]).LinkAsync(set, CancellationToken.None);

        Assert.Null(linked.Facts.Resolutions.Single().Evidence.Link);
    }

    [Fact]
    public async Task LinkAsync_NothingSyncedAndNoFolderMapped_HandsBackTheSameFactsWithoutCopying()
    {
        var set = Set(Path.Combine(Papers, "minutes.pdf"), "pdf");
        var sut = new EvidenceLinker(new FixedLinks([]), new CitationLinker(Options.Create(new CitationLinksOptions())));

        var linked = await sut.LinkAsync(set, CancellationToken.None);

        Assert.Same(set, linked);
    }

    [Fact]
    public async Task LinkAsync_SomeFactsUnlinkable_KeepsThoseFactsAsTheyWere()
    {
        var set = Set("/elsewhere/minutes.pdf", "pdf");

        var linked = await Sut([]).LinkAsync(set, CancellationToken.None);

        Assert.Same(set.Facts.Resolutions.Single(), linked.Facts.Resolutions.Single());
    }

    private static EvidenceLinker Sut(Dictionary<string, SourceLink> synced) => new(
        new FixedLinks(synced),
        new CitationLinker(Options.Create(new CitationLinksOptions
        {
            Folders = { new FolderLink { Folder = Papers, BaseUrl = "https://democracy.council.test/papers/" } },
        })));

    private static FactSet Set(string path, string format)
    {
        var source = Path.GetFileName(path);
        var evidence = new Evidence(source, "Minutes", 4, "RESOLVED") { Paper = new CitedPaper(source, format, path) };
        var meetingDate = new DateOnly(2025, 1, 15);
        var facts = new DocumentFacts([], [], [],
            [new Resolution(source, "Scrutiny", meetingDate, "5", null, "Budget", "RESOLVED that...", evidence)],
            [new Recommendation(source, "Scrutiny", meetingDate, "Budget", "1", "That...", "R", null, null, ResponseStatus.None, null, evidence)],
            []);
        return new FactSet(facts, [new StoredDocument(1, source, path, "hash", format, 5, DateTimeOffset.UnixEpoch, new DocumentMetadata(null, null, null, null))]);
    }

    private sealed class FixedLinks(Dictionary<string, SourceLink> links) : ISourceLinkStore
    {
        public Task<IReadOnlyDictionary<string, SourceLink>> FindAsync(IReadOnlyCollection<string> sources, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, SourceLink>>(links.Where(l => sources.Contains(l.Key)).ToDictionary());
    }
}
