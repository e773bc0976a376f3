using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Sources;

namespace ScrutinyBot.Core.Tests.Answering;

public sealed class CitationLinkerTests
{
    [Fact]
    public async Task LinkAsync_OneSyncedPaperAndOneIngestedFile_LinksOnlyTheSyncedOne()
    {
        var store = new FakeSourceLinkStore(new() { ["9001-Motion.pdf"] = new SourceLink("https://site/mgConvert2PDF.aspx?ID=9001", true) });
        var sut = new SourceUrlLinker(store);
        var answer = new Answer(true, "An estimated 8 million [1]; see also [2].",
        [
            new Citation(1, "9001-Motion.pdf", "Motion", 2, null, null, "An estimated 8 million disposable vapes"),
            new Citation(2, "minutes.txt", "Minutes", 1, null, null, "Resolved"),
        ]);

        var linked = await sut.LinkAsync(answer, CancellationToken.None);

        Assert.Equal("https://site/mgConvert2PDF.aspx?ID=9001#page=2", linked.Citations[0].SourceUrl);
        Assert.Null(linked.Citations[1].SourceUrl);
        Assert.Equal(answer.Text, linked.Text);
        Assert.Equal(["9001-Motion.pdf", "minutes.txt"], store.AskedFor);
    }

    [Fact]
    public async Task LinkAsync_NoCitations_DoesNotAskTheStore()
    {
        var store = new FakeSourceLinkStore([]);
        var sut = new SourceUrlLinker(store);

        var linked = await sut.LinkAsync(new Answer(false, "The papers do not say.", []), CancellationToken.None);

        Assert.Empty(linked.Citations);
        Assert.Empty(store.AskedFor);
    }

    private sealed class FakeSourceLinkStore(Dictionary<string, SourceLink> links) : ISourceLinkStore
    {
        public List<string> AskedFor { get; } = [];

        public Task<IReadOnlyDictionary<string, SourceLink>> FindAsync(IReadOnlyCollection<string> sources, CancellationToken cancellationToken)
        {
            AskedFor.AddRange(sources);
            return Task.FromResult<IReadOnlyDictionary<string, SourceLink>>(links.Where(l => sources.Contains(l.Key)).ToDictionary());
        }
    }
}
