using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class MeasureWordsTests
{
    [Theory]
    [InlineData("how long has the council got to submit its improvement plan?", "long")]
    [InlineData("how big is the extra core spending requirement?", "big")]
    [InlineData("can you tell me how soon the response is due?", "soon")]
    [InlineData("how far over budget is home to school transport?", "far")]
    [InlineData("what date did the council submit its action plan?", "date")]
    [InlineData("which year was the strategy adopted?", "year")]
    [InlineData("what percentage of the funding do the police give?", "percentage")]
    [InlineData("what proportion of children are in care?", "proportion")]
    [InlineData("which sets of minutes are up for approval?", "sets")]
    [InlineData("what kinds of support do carers get?", "kinds")]
    public void Analyze_MeasureAfterHow_IsNotAKeyWord(string question, string measure)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));

        Assert.DoesNotContain(TextTerms.Stem(measure), analysis.ContentStems);
    }

    [Theory]
    [InlineData("what is the long term plan for children's homes?", "long")]
    [InlineData("which big projects are in the capital programme?", "big")]
    [InlineData("what is the closing date for the consultation?", "date")]
    [InlineData("has the percentage of late plans gone down?", "percentage")]
    [InlineData("which data set does the dashboard use?", "set")]
    [InlineData("what type is the new school?", "type")]
    public void Analyze_TheSameWordNotAfterHow_StaysAKeyWord(string question, string word)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));

        Assert.Contains(TextTerms.Stem(word), analysis.ContentStems);
    }
}
