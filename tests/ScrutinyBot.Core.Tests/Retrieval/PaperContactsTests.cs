using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval;

public sealed class PaperContactsTests
{
    private static readonly IOptions<RetrievalOptions> Options = Microsoft.Extensions.Options.Options.Create(new RetrievalOptions());

    private const string Plan = "The Integrated Care Strategy delivery plan sets out how the council and the NHS will improve health in Testshire.";
    private const string PlanContacts = "Contact details - Author: Dr Mike Gogarty, Interim Strategic Lead for Public Health - Telephone 03000 410058";
    private const string RoadsContacts = "Contact details - Author: Jane Smith, Head of Highways - Telephone 03000 412345";

    [Theory]
    [InlineData("who wrote the ICS delivery plan report that went to Cabinet?", true)]
    [InlineData("who's the report author on the January improvement update?", true)]
    [InlineData("any idea who the contact officer is for the MASH paper?", true)]
    [InlineData("who should I contact about the highways report?", true)]
    [InlineData("who's the democratic services contact on the agenda for cabinet?", true)]
    [InlineData("who chairs the health scrutiny committee?", false)]
    [InlineData("what did the report say about the authority's budget?", false)]
    public void AreAsked_Question_TellsAuthorAndContactQuestions(string question, bool expected) =>
        Assert.Equal(expected, PaperContacts.AreAsked(question));

    [Theory]
    [InlineData("AGENDA CABINET Thursday, 30th January, 2025, at 10.00 am Ask for: Georgina Little Council Chamber", true)] // ModernGov's front sheet
    [InlineData("Enquiries to: Jane Smith, Democratic Services Officer", true)]
    [InlineData("Contact: Jane Smith, 0115 876 4315", true)]
    [InlineData("The committee will ask for a further report in March.", false)]
    public void IsContactBlock_Text_TellsTheLabelsPapersNameTheirContactBy(string text, bool expected) =>
        Assert.Equal(expected, PaperContacts.IsContactBlock(text));

    [Fact]
    public async Task WithContactsAsync_PassageOfAPaper_AddsThatPapersContactBlockStraightAfterIt()
    {
        var index = new FakeSearchIndex(FakeSearchIndex.Chunk(Plan, "plan.pdf"), FakeSearchIndex.Chunk(PlanContacts, "plan.pdf"), FakeSearchIndex.Chunk(RoadsContacts, "roads.pdf"));
        var found = new ScoredPassage(new SearchHit(1, FakeSearchIndex.Chunk(Plan, "plan.pdf"), 5), 1.2, 0.8);

        var sut = await new PaperContacts(index).WithContactsAsync([found], CancellationToken.None);

        Assert.Equal([Plan, PlanContacts], sut.Select(p => p.Hit.Chunk.Text));
        Assert.Equal((1.2, 0.8), (sut[1].Score, sut[1].Coverage));
    }

    [Fact]
    public async Task Answer_WhoPreparedAPaper_NamesTheAuthorFromThatPapersContactBlock()
    {
        // The contact block is pages after the plan's subject, not in the passage that follows it.
        var index = new FakeSearchIndex(
            FakeSearchIndex.Chunk(RoadsContacts, "roads.pdf"),
            FakeSearchIndex.Chunk(Plan, "plan.pdf"),
            FakeSearchIndex.Chunk("Progress will be reviewed each year by the Health and Wellbeing Board.", "plan.pdf"),
            FakeSearchIndex.Chunk(PlanContacts, "plan.pdf"));
        var retriever = new PassageRetriever(index, Options);

        var result = await retriever.RetrieveAsync(QueryAnalyzer.Analyze("who prepared the integrated care strategy delivery plan paper?", new CommitteeRecognizer([])), CancellationToken.None);
        var answer = new ExtractiveAnswerer(Options).Answer(result);

        Assert.True(answer.Answered, answer.Text);
        var author = answer.Text.IndexOf("Gogarty", StringComparison.Ordinal);
        var other = answer.Text.IndexOf("Jane Smith", StringComparison.Ordinal);
        Assert.True(author >= 0 && (other < 0 || author < other), answer.Text);
    }

    [Theory]
    [InlineData("who is the contact for cabinet on 30 Jan?", true)] // names only the meeting: its front sheet's contact
    [InlineData("who's the contact officer for the 30 Jan 2025 cabinet meeting?", true)]
    [InlineData("who is the contact for the SEND transport report at cabinet on 30 Jan?", false)] // names a report: its authors
    public void Score_ContactAsked_TheMeetingsOwnWhenTheQuestionNamesOnlyTheMeeting(string question, bool frontSheetFirst)
    {
        const string frontSheet = "Ask for: Georgina Little - Telephone: 03000 414043";
        const string reportContacts = "Contact details - Report Authors: Lead Directors - Sharon Howard, SEND transport";
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer(["Cabinet"]));
        var weights = analysis.ContentStems.ToDictionary(s => s, _ => 1.0, StringComparer.Ordinal);
        var passage = new ScoredPassage(new SearchHit(1, FakeSearchIndex.Chunk(frontSheet + " " + reportContacts), 1), 1, 1);
        var result = new RetrievalResult(analysis, [passage], weights);
        double Score(string sentence) => SentenceScorer.Score(sentence, CoverageCalculator.Stems(sentence), result, passage, 0, new HashSet<string>());

        Assert.Equal(frontSheetFirst, Score(frontSheet) > Score(reportContacts));
    }
}
