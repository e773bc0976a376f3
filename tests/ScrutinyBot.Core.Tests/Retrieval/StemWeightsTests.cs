using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval;

public class StemWeightsTests
{
    private static Dictionary<string, double> Weights(string question, Dictionary<string, int> frequencies, int chunks = 1000) =>
        PassageRetriever.StemWeights(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([])), new TermStatistics(frequencies, chunks));

    [Fact]
    public void A_word_the_question_comes_back_to_weighs_more_than_an_equally_rare_word_it_uses_once()
    {
        var weights = Weights("if the county gets a mayor, how much would the mayor be paid", new() { ["county"] = 300, ["mayor"] = 40, ["paid"] = 40 });

        Assert.True(weights[TextTerms.Stem("mayor")] > weights[TextTerms.Stem("paid")], string.Join(", ", weights));
    }

    [Fact]
    public void A_word_written_once_in_a_capitalised_name_is_not_a_word_the_question_comes_back_to()
    {
        var weights = Weights("how many homes did No Use Empty bring back into use", new() { ["homes"] = 40, ["use"] = 40, ["empty"] = 40 });

        Assert.Equal(weights[TextTerms.Stem("homes")], weights[TextTerms.Stem("use")], 6);
    }

    [Fact]
    public void A_lower_case_word_the_papers_never_use_weighs_less_than_one_they_use_rarely()
    {
        var weights = Weights("what has scrutiny pencilled in for the meeting", new() { ["scrutiny"] = 300, ["pencilled"] = 0, ["meeting"] = 200 });

        Assert.True(weights[TextTerms.Stem("pencilled")] < weights[TextTerms.Stem("scrutiny")], string.Join(", ", weights));
    }

    [Theory]
    [InlineData("rule of thumb in the capital strategy for the revenue cost of borrowing?", true)] // a saying the papers never write
    [InlineData("Rule of thumb for the cost of borrowing?", true)]
    [InlineData("what does the rule of procedure say about borrowing?", false)] // "procedure" is the papers' word
    public void A_word_joined_by_of_to_a_word_the_papers_never_use_is_phrasing_too(string question, bool phrasing)
    {
        var weights = Weights(question, new() { ["rule"] = 20, ["thumb"] = 0, ["procedure"] = 30, ["capital"] = 200, ["strategy"] = 200, ["revenue"] = 200, ["cost"] = 300, ["borrowing"] = 100 });

        Assert.Equal(phrasing, weights[TextTerms.Stem("rule")] < weights[TextTerms.Stem("borrowing")]);
    }

    [Fact]
    public void A_name_the_papers_never_use_keeps_the_weight_of_the_rarest_word()
    {
        var weights = Weights("how many foster carers did Derby approve", new() { ["foster"] = 50, ["carers"] = 60, ["derby"] = 0 });

        Assert.True(weights[TextTerms.Stem("derby")] > weights[TextTerms.Stem("foster")], string.Join(", ", weights));
    }

    [Fact]
    public void An_acronym_the_papers_never_use_keeps_its_weight()
    {
        var weights = Weights("how many ANPR cameras were bought", new() { ["anpr"] = 0, ["cameras"] = 40, ["bought"] = 30 });

        Assert.True(weights[TextTerms.Stem("anpr")] > weights[TextTerms.Stem("cameras")], string.Join(", ", weights));
    }

    [Fact]
    public void The_plural_of_an_acronym_the_papers_never_use_keeps_its_weight()
    {
        var weights = Weights("who were the two HMIs on the visit", new() { ["hmi"] = 0, ["visit"] = 40, ["two"] = 100 });

        Assert.True(weights[TextTerms.Stem("HMIs")] > weights[TextTerms.Stem("visit")], string.Join(", ", weights));
    }

    [Fact]
    public void A_word_with_a_synonym_is_not_judged_by_its_own_spelling()
    {
        var weights = Weights("how many kids had a plan", new() { ["kids"] = 0, ["plan"] = 100, ["children"] = 80 });

        Assert.True(weights[TextTerms.Stem("kids")] > weights[TextTerms.Stem("plan")], string.Join(", ", weights));
    }

    [Fact]
    public void A_small_store_does_not_judge_a_word_by_its_absence()
    {
        var weights = Weights("what has scrutiny pencilled in", new() { ["scrutiny"] = 30, ["pencilled"] = 0 }, chunks: 100);

        Assert.True(weights[TextTerms.Stem("pencilled")] > weights[TextTerms.Stem("scrutiny")], string.Join(", ", weights));
    }

    [Fact]
    public void A_clipped_word_the_papers_never_use_weighs_as_the_word_written_out()
    {
        var weights = Weights("who chaired the select cttee", new() { ["cttee"] = 0, ["committee"] = 600, ["select"] = 20, ["chaired"] = 30 });

        Assert.True(weights[TextTerms.Stem("cttee")] < weights[TextTerms.Stem("select")], string.Join(", ", weights));
    }

    [Fact]
    public void A_clipped_word_one_paper_uses_weighs_no_more_than_the_word_written_out()
    {
        var weights = Weights("when did govt announce the programme", new() { ["govt"] = 1, ["government"] = 400, ["announce"] = 30, ["programme"] = 60 });

        Assert.True(weights[TextTerms.Stem("govt")] < weights[TextTerms.Stem("programme")], string.Join(", ", weights));
    }

    [Fact]
    public void A_councils_initials_weigh_as_council_even_where_the_papers_use_them_rarely()
    {
        var weights = Weights("how long did NCC have to send its improvement plan", new() { ["ncc"] = 3, ["council"] = 700, ["improvement"] = 60, ["plan"] = 90 });

        Assert.True(weights["ncc"] < weights[TextTerms.Stem("improvement")], string.Join(", ", weights));
    }

    [Fact]
    public void A_word_inside_a_capitalised_name_is_not_written_as_a_name()
    {
        var weights = Weights("did Potts put anything in the pot", new() { ["potts"] = 5, ["pot"] = 0, ["put"] = 100 });

        Assert.True(weights[TextTerms.Stem("pot")] < weights[TextTerms.Stem("potts")], string.Join(", ", weights));
    }
}
