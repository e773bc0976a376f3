using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval;

public sealed class CommitteeCouncilsTests
{
    private static SearchHit Hit(long id, string? committee, string? council) =>
        new(id, new Chunk($"paper{id}.pdf", 0, PartKind.Report, "Report", null, 1, null, committee, council, "text"), 1);

    [Fact]
    public void Filled_PaperWithoutItsCouncil_TakesTheCouncilOfItsCommitteesOtherPapers()
    {
        var hits = new[]
        {
            Hit(1, "Children and Young People Scrutiny Committee", "Nottingham City Council"),
            Hit(2, "Children and Young People's Scrutiny Committee", null),
            Hit(3, "Children and Families Select Committee", "Nottinghamshire County Council"),
        };

        var filled = CommitteeCouncils.Filled(hits);

        Assert.Equal(["Nottingham City Council", "Nottingham City Council", "Nottinghamshire County Council"], filled.Select(h => h.Chunk.Council));
    }

    [Theory]
    [InlineData("Testshire County Council", "Otherton City Council")] // two councils have a committee of that name
    [InlineData("County Council", "County Council")] // no place named
    public void Filled_CommitteesCouncilNotKnownForSure_LeavesItUnknown(string first, string second)
    {
        var hits = new[] { Hit(1, "Cabinet", first), Hit(2, "Cabinet", second), Hit(3, "Cabinet", null) };

        Assert.Null(CommitteeCouncils.Filled(hits)[2].Chunk.Council);
    }

    [Fact]
    public async Task RetrieveAsync_PassageOfAPaperWithoutItsCouncil_CarriesItsCommitteesCouncil()
    {
        var index = new FakeSearchIndex(
            new Chunk("minutes.pdf", 0, PartKind.Minutes, "Minutes", null, 1, null, "Children Scrutiny Committee", "Nottingham City Council", "The committee noted the improvement plan."),
            new Chunk("report.txt", 0, PartKind.Report, "Report", null, 1, null, "Children Scrutiny Committee", null, "The action plan went to Ofsted on 12 December 2022."));
        var retriever = new PassageRetriever(index, Options.Create(new RetrievalOptions()));

        var result = await retriever.RetrieveAsync(QueryAnalyzer.Analyze("when did the action plan go to Ofsted?", new CommitteeRecognizer([])), CancellationToken.None);

        Assert.Equal("Nottingham City Council", result.Passages.Single(p => p.Hit.Chunk.Source == "report.txt").Hit.Chunk.Council);
    }

    [Theory]
    [InlineData("Kent County Council", true)]
    [InlineData("London Borough of Camden", true)]
    [InlineData("County Council", false)]
    [InlineData("the Council", false)]
    [InlineData("Metropolitan Borough Council", false)] // a generic name of another kind: no place
    [InlineData("Town Council", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void NamesAPlace_ReadsGenericNamesAsExtractionDoes(string? council, bool named) =>
        Assert.Equal(named, CommitteeCouncils.NamesAPlace(council));
}
