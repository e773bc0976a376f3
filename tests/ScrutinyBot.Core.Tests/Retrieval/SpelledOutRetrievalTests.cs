using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval;

/// <summary>A question writing a name in full finds the passages that use its initials, when the papers write it both ways.</summary>
public sealed class SpelledOutRetrievalTests
{
    private const string Defined = "The Treasury Management Group (TMG) scrutinises treasury management decisions.";
    private const string Note = "TMG 14 November 2024. Attendance: Harry Rayner – MEM (Chair), Rosalind Binks – MEM.";

    private static async Task<RetrievalResult> RetrieveAsync(string question, params string[] texts)
    {
        var index = new CountingIndex(texts.Select(t => FakeSearchIndex.Chunk(t)).ToArray());
        var retriever = new PassageRetriever(index, Options.Create(new RetrievalOptions()));
        return await retriever.RetrieveAsync(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([])), CancellationToken.None);
    }

    [Fact]
    public async Task Retrieve_NameThePapersAlsoWriteByItsInitials_CoversThePassageWithTheInitials()
    {
        var result = await RetrieveAsync("who chaired the treasury management group in November?", Defined, Note);

        Assert.Contains(result.Analysis.SpelledOut, n => n.Letters == "tmg");
        Assert.True(result.Passages.Single(p => p.Hit.Chunk.Text == Note).Coverage > 0.8);
    }

    [Fact]
    public async Task Retrieve_InitialsThePapersNeverSpellOut_AreNotTheName()
    {
        var result = await RetrieveAsync("who chaired the treasury management group in November?", Note);

        Assert.Empty(result.Analysis.SpelledOut);
    }

    [Fact]
    public async Task Retrieve_WordsThePapersWriteAsOne_CoverThePassageWritingThemSo()
    {
        const string onsite = "The delivery partner will start onsite in May 2022.";
        var result = await RetrieveAsync("when will the delivery partner start on site?", onsite, Defined);

        Assert.Contains(result.Analysis.SpelledOut, n => n.Letters == "onsite");
        Assert.True(result.Passages.Single(p => p.Hit.Chunk.Text == onsite).Coverage > 0.8);
    }

    [Fact]
    public async Task Retrieve_WordsThePapersNeverWriteAsOne_AreNotJoined()
    {
        var result = await RetrieveAsync("when was the delivery partner expected to start on site?", "The delivery partner will start on 3 May 2022.");

        Assert.Empty(result.Analysis.SpelledOut);
    }

    [Fact]
    public async Task Retrieve_InitialismAsked_FindsThePaperWritingOnlyTheNameItStandsFor()
    {
        const string update = "Complete - Local Transport Plan 5 (LTP5) approved by County Council in December.";
        const string minutes = "RESOLVED that the County Council approves and adopts Local Transport Plan 5: Striking the Balance. For (51) Against (12).";

        var result = await RetrieveAsync("what was the vote on LTP5?", update, minutes);

        Assert.Contains(result.Passages, p => p.Hit.Chunk.Text == minutes);
    }

    [Fact]
    public async Task Retrieve_InitialismThePapersUseOften_IsNotReadForItsName()
    {
        var texts = Enumerable.Range(1, 30).Select(i => $"Report {i}: the Nottingham City Safeguarding Children Partnership (NCSCP) met.").ToArray();
        var index = new CountingIndex([.. texts.Select(t => FakeSearchIndex.Chunk(t))]);

        await new PassageRetriever(index, Options.Create(new RetrievalOptions())).RetrieveAsync(QueryAnalyzer.Analyze("what did the NCSCP say about funding?", new CommitteeRecognizer([])), CancellationToken.None);

        Assert.DoesNotContain(index.Queries, q => q.Phrases.Contains("nottingham city safeguarding children partnership"));
    }

    [Theory]
    [InlineData("Local Transport Plan 5 (LTP5) was approved.", "ltp5", "local transport plan 5")]
    [InlineData("The Nottingham City Safeguarding Children Partnership (NCSCP) reports yearly.", "ncscp", "nottingham city safeguarding children partnership")]
    [InlineData("The Strengthening Independence Service and the Team", "sis", "strengthening independence service")]
    [InlineData("Local Transport Plan 4 was replaced.", "ltp5", null)] // another number
    [InlineData("Local plans take time.", "ltp", null)]
    [InlineData("Repeat Children in Need (CIN) and Child Protection (CP) plans fell.", "cp", "child protection")]
    [InlineData("The County Plan (2024) and Cabinet Paper CP/12 were noted.", "cp", null)] // two letters count only where defined
    [InlineData("Alternative Provision (AP) places rose.", "ap", "alternative provision")]
    public void InitialismNames_In_ReadsTheNameTheLettersStandFor(string text, string letters, string? name) =>
        Assert.Equal(name, InitialismNames.In(text, letters));

    [Fact]
    public void InitialismNames_Asked_AreTheQuestionsCapitalWords() =>
        Assert.Equal(["ltp5", "ncscp"], InitialismNames.Asked("did LTP5 pass, and what do the NCSCPs say? Any news from Kent?"));

    [Fact]
    public async Task Retrieve_TwoLetterInitialismAsked_CoversThePassageWritingTheNameItIsDefinedBy()
    {
        const string defined = "Places in Pupil Referral Units and Alternative Provision (AP) are commissioned yearly.";
        const string answer = "The number of pupils placed in alternative provision rose to 212 this year.";
        const string other = "The number of pupils placed in special schools rose this year.";

        var result = await RetrieveAsync("how many pupils are placed in AP?", defined, answer, other);

        Assert.Contains(result.Analysis.SpelledOut, n => n.Defined && n.Letters == "ap" && n.Words == "alternative provision");
        var covered = result.Passages.Single(p => p.Hit.Chunk.Text == answer).Coverage;
        Assert.True(covered > result.Passages.Single(p => p.Hit.Chunk.Text == other).Coverage + 0.2, $"coverage {covered}");
    }

    [Fact]
    public void InitialismNames_Asked_ReadsTwoCapitalLetters() =>
        Assert.Equal(["cp"], InitialismNames.Asked("how long on a CP plan?"));

    /// <summary>The fake index, with the chunk counts of words and phrases a real engine gives.</summary>
    private sealed class CountingIndex(Chunk[] chunks) : ISearchIndex
    {
        private readonly FakeSearchIndex _search = new(chunks);

        public List<SearchQuery> Queries => _search.Queries;

        public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => _search.SearchAsync(query, cancellationToken);

        public Task<TermStatistics> TermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken) =>
            Task.FromResult(new TermStatistics(
                terms.Distinct().ToDictionary(t => t, t => chunks.Count(c => Regex.IsMatch(c.Text, $@"\b{Regex.Escape(t)}\b", RegexOptions.IgnoreCase))),
                chunks.Length));
    }
}
