using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Answering.Links;

namespace ScrutinyBot.Core.Tests.Answering.Links;

public sealed class CitationLinkerTests
{
    private static readonly string Papers = Path.Combine(Path.GetTempPath(), "council-papers");

    private static CitationLinker Sut() => new(Options.Create(new CitationLinksOptions
    {
        Folders = { new FolderLink { Folder = Papers, BaseUrl = "https://democracy.council.test/papers/" } },
    }));

    private static Citation Cited(string path, bool paged) =>
        new(1, Path.GetFileName(path), "Minutes, 13 November 2024", 4, null, null, "quote") { SourcePath = path, Paged = paged };

    [Fact]
    public void Link_PdfInAMappedFolder_LinksToThePage()
    {
        var linked = Sut().Link(Cited(Path.Combine(Papers, "2025", "Cabinet pack.pdf"), paged: true));

        Assert.Equal("https://democracy.council.test/papers/2025/Cabinet%20pack.pdf#page=4", linked.Link);
    }

    [Fact]
    public void Link_TextPaper_LinksToThePaperWithoutAPage()
    {
        var linked = Sut().Link(Cited(Path.Combine(Papers, "minutes.txt"), paged: false));

        Assert.Equal("https://democracy.council.test/papers/minutes.txt", linked.Link);
    }

    [Fact]
    public void Link_FileOutsideEveryMappedFolder_NoLink()
    {
        Assert.Null(Sut().Link(Cited(Path.Combine(Path.GetTempPath(), "elsewhere", "pack.pdf"), paged: true)).Link);
    }

    [Fact]
    public void Link_CitationThatAlreadyHasAnAddress_KeepsIt()
    {
        var cited = Cited(Path.Combine(Papers, "pack.pdf"), paged: true) with { Link = "https://moderngov.test/doc.pdf#page=4" };

        Assert.Equal("https://moderngov.test/doc.pdf#page=4", Sut().Link(cited).Link);
    }
}
