using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Search.AzureAISearch.Querying;

namespace ScrutinyBot.Storage.Tests.AzureAISearch;

/// <summary>User text in OData filters and simple-syntax search text stays a value, never syntax.</summary>
public sealed class ChunkFilterTests
{
    [Fact]
    public void For_AllFilters_JoinsDateCommitteeAndPart()
    {
        var query = new SearchQuery(["x"], [], new DateOnly(2024, 11, 1), new DateOnly(2024, 11, 30), "Children's Services", PartKind.Minutes);

        var sut = ChunkFilter.For(query);

        Assert.Equal(
            "meetingDate ge 2024-11-01T00:00:00Z and meetingDate le 2024-11-30T00:00:00Z and search.ismatch('\"Children Services\"', 'committee', 'simple', 'all') and partKind eq 'Minutes'",
            sut);
    }

    [Fact]
    public void For_NoFilters_IsNull() => Assert.Null(ChunkFilter.For(new SearchQuery(["x"], [])));

    [Theory]
    [InlineData("O'Brien's Road", "(sourcePath eq 'O''Brien''s Road' or documentId eq 7)")]
    [InlineData("x' or documentId ne '0", "(sourcePath eq 'x'' or documentId ne ''0' or documentId eq 7)")]
    public void StaleChunks_QuoteInPath_IsDoubledInsideTheLiteral(string path, string expected) =>
        Assert.Equal(expected, ChunkFilter.StaleChunks(path, 7, []));

    [Fact]
    public void StaleChunks_CurrentChunks_ExcludesThemBySearchIn() =>
        Assert.Equal("(sourcePath eq '/p' or documentId eq 7) and not search.in(id, '3,4', ',')", ChunkFilter.StaleChunks("/p", 7, [3, 4]));

    [Theory]
    [InlineData(new[] { "budget" }, new string[0], "budget")]
    [InlineData(new[] { "text:budget OR" }, new string[0], "\"text budget OR\"")]
    [InlineData(new[] { "-fines", "+(x*)" }, new[] { "Harlow \"Academy\"" }, "fines x \"Harlow Academy\"")]
    [InlineData(new[] { "\\", "*" }, new string[0], null)]
    public void SearchText_OperatorsInUserText_AreDropped(string[] terms, string[] phrases, string? expected) =>
        Assert.Equal(expected, SearchText.For(terms, phrases));
}
