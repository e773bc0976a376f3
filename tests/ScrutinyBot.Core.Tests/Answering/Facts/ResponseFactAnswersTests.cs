using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using static ScrutinyBot.Core.Tests.Answering.Facts.FactSets;
using static ScrutinyBot.Core.Tests.Answering.Facts.Questions;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

public sealed class ResponseFactAnswersTests
{
    private static readonly DateOnly Today = new(2025, 1, 15);
    private static readonly DateOnly Deadline = new(2025, 1, 3);

    private static readonly Recommendation Wellbeing = Recommendation("To recommend that provision for wellbeing is included in the revised Fair Access Protocol.", Deadline);
    private static readonly Recommendation Hub = Recommendation("To request further information on the young futures hub.", new DateOnly(2024, 11, 16), ResponseStatus.Partial, "Budget savings", "There is no further information from government yet.");
    private static readonly Recommendation Formula = Recommendation("To request information on the formula for school places.", Deadline, ResponseStatus.Responded, response: "The formula was emailed to members.");

    [Fact]
    public async Task TryAnswerAsync_OverdueAsOfToday_ListsOverdueThenAwaitingAFullResponseSeparately()
    {
        var queries = new FakeFactQueries(overdue: [Wellbeing], awaiting: [Hub]);
        var sut = new ResponseFactAnswers(queries);

        var answer = await sut.TryAnswerAsync(Ask("Which responses are overdue?", QuestionIntent.Overdue, "responses overdue"), Set(recommendations: [Wellbeing, Hub, Formula]), Today, CancellationToken.None);

        Assert.Equal(
            "As of 15 January 2025: 1 overdue, 1 awaiting a full response.\n"
            + "Overdue (past the deadline, no response): 1.\n"
            + "- To recommend that provision for wellbeing is included in the revised Fair Access Protocol. (Children and Young People Scrutiny Committee, 13 November 2024; deadline 3 January 2025; no response yet) [1]\n"
            + "Awaiting a full response (only a partial reply): 1.\n"
            + "- To request further information on the young futures hub. (Children and Young People Scrutiny Committee, 13 November 2024; deadline 16 November 2024; partial response: There is no further information from government yet.) [2]",
            answer!.Text);
        Assert.Equal(["tracker.txt", "tracker.txt"], answer.Citations.Select(c => c.Source));
        Assert.All(queries.Calls, c => Assert.Equal(Today, c.AsOf));
    }

    [Fact]
    public async Task TryAnswerAsync_OverdueAsOfADateInTheQuestion_AsksAsOfThatDate()
    {
        var queries = new FakeFactQueries(overdue: [Wellbeing]);
        var sut = new ResponseFactAnswers(queries);

        var answer = await sut.TryAnswerAsync(
            Ask("What was overdue on 10 December 2024 for CYP?", QuestionIntent.Overdue, "overdue", [On(2024, 12, 10)], Cyp), Set(recommendations: [Wellbeing]), Today, CancellationToken.None);

        Assert.StartsWith("As of 10 December 2024: 1 overdue, 0 awaiting a full response.", answer!.Text, StringComparison.Ordinal);
        Assert.Equal([("overdue", new DateOnly(2024, 12, 10), Cyp), ("awaiting", new DateOnly(2024, 12, 10), Cyp)], queries.Calls);
    }

    [Fact]
    public async Task TryAnswerAsync_DeadlineForTheRecommendationsOfADatedMeeting_ListsThatMeetingsRecommendationsWithTheirDeadline()
    {
        var other = Wellbeing with { MeetingDate = new DateOnly(2024, 9, 11), Deadline = new DateOnly(2024, 11, 16) };
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(
            Ask("what was the deadline for responses to the recs CYP made at its 13 Nov 2024 meeting?", QuestionIntent.Deadline | QuestionIntent.Recommendations, "deadline responses recs meeting", [On(2024, 11, 13)], Cyp),
            Set(recommendations: [Formula, other, Wellbeing]), Today, CancellationToken.None);

        Assert.StartsWith("Responses to the 2 recommendations Children and Young People Scrutiny Committee made on 13 November 2024 were due by 3 January 2025:", answer!.Text, StringComparison.Ordinal);
        Assert.Contains("- To request information on the formula for school places. (due 3 January 2025; responded: The formula was emailed to members.) [1]", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("16 November", answer.Text, StringComparison.Ordinal);
        Assert.Equal(2, answer.Citations.Count);
    }

    [Fact]
    public async Task TryAnswerAsync_ByWhenWereResponsesDueOnAMeetingsRecs_IsThatMeetingsDeadlineNotWhatFallsDueAfterIt()
    {
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(
            Ask("by when were responses due on the recs the CYP scrutiny made at its 13 Nov 2024 meeting?", QuestionIntent.Deadline | QuestionIntent.DueSoon | QuestionIntent.Recommendations, "responses due recs meeting", [On(2024, 11, 13)], Cyp),
            Set(recommendations: [Formula, Wellbeing]), Today, CancellationToken.None);

        Assert.StartsWith("Responses to the 2 recommendations Children and Young People Scrutiny Committee made on 13 November 2024 were due by 3 January 2025:", answer!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Recs from the 13 Nov 2024 CYP meeting – when was the deadline for the service to respond?", "recs meeting deadline service respond", "Responses to the 2 recommendations Children and Young People Scrutiny Committee made on 13 November 2024 were due by 3 January 2025:")]
    [InlineData("Recs from the 13 Nov 2024 CYP meeting – when was the deadline for the response on the formula?", "recs meeting deadline response formula", "The response to \"To request information on the formula for school places.\"")]
    public async Task TryAnswerAsync_DayTheRecommendationsWereMadeWithAWordNamingNoneOfThem_ListsThatDaysRecommendations(string question, string words, string expected)
    {
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(
            Ask(question, QuestionIntent.Deadline | QuestionIntent.Recommendations | QuestionIntent.Response, words, [On(2024, 11, 13)], Cyp),
            Set(recommendations: [Formula, Wellbeing]), Today, CancellationToken.None);

        Assert.StartsWith(expected, answer!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("By when did the exec have to respond to the recs the cttee made in Nov 2024?", true)]
    [InlineData("what was due by the executive in Nov 2024?", false)]
    public async Task TryAnswerAsync_MonthTheRecommendationsWereMadeIn_ListsThatMonthsRecommendationsNotWhatFellDueThen(string question, bool listed)
    {
        var fellDueInNovember = Wellbeing with { MeetingDate = new DateOnly(2024, 9, 11), Deadline = new DateOnly(2024, 11, 16) };
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(
            Ask(question, QuestionIntent.Deadline | QuestionIntent.Recommendations | QuestionIntent.Response, "exec respond recs cttee", [InMonth(2024, 11)]),
            Set(recommendations: [Formula, Wellbeing, fellDueInNovember]), Today, CancellationToken.None);

        Assert.Equal(listed, answer?.Text.StartsWith("Responses to the 2 recommendations Children and Young People Scrutiny Committee made on 13 November 2024 were due by 3 January 2025:", StringComparison.Ordinal) ?? false);
    }

    [Fact]
    public async Task TryAnswerAsync_DeadlineForAMeetingThatMadeNoRecommendations_LeavesItToThePassages()
    {
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(
            Ask("when were responses due to the recs made on 2 Oct 2024?", QuestionIntent.Deadline | QuestionIntent.Recommendations, "responses due recs", [On(2024, 10, 2)], Cyp),
            Set(recommendations: [Formula, Wellbeing]), Today, CancellationToken.None);

        Assert.Null(answer);
    }

    [Fact]
    public async Task TryAnswerAsync_NothingOverdue_SaysSoWithoutCitations()
    {
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(Ask("Which responses are overdue?", QuestionIntent.Overdue, "responses overdue"), Set(recommendations: [Formula]), Today, CancellationToken.None);

        Assert.Equal((true, "No responses are overdue as of 15 January 2025.", 0), (answer!.Answered, answer.Text, answer.Citations.Count));
    }

    [Fact]
    public async Task TryAnswerAsync_DueSoon_ListsWhatTheQueryReturns()
    {
        var queries = new FakeFactQueries(dueSoon: [Wellbeing]);
        var sut = new ResponseFactAnswers(queries);

        var answer = await sut.TryAnswerAsync(Ask("Which responses are due soon?", QuestionIntent.DueSoon, "responses due soon"), Set(recommendations: [Wellbeing]), new DateOnly(2024, 12, 20), CancellationToken.None);

        Assert.StartsWith("Responses due within 31 days of 20 December 2024: 1.\n- To recommend that provision for wellbeing", answer!.Text, StringComparison.Ordinal);
        Assert.Equal(("dueSoon", new DateOnly(2024, 12, 20)), (queries.Calls[0].Query, queries.Calls[0].AsOf));
    }

    [Theory]
    [InlineData("Which responses are due soon?", "responses due soon", QuestionIntent.DueSoon, "dueSoon")]
    [InlineData("What responses are coming up?", "responses coming", QuestionIntent.DueSoon, "dueSoon")]
    [InlineData("Any upcoming responses?", "upcoming responses", QuestionIntent.DueSoon, "dueSoon")]
    [InlineData("Which recommendations are past the deadline?", "recommendations past deadline", QuestionIntent.Overdue, "overdue")]
    [InlineData("Which recommendations have not been responded to?", "recommendations responded", QuestionIntent.Overdue, "overdue")]
    [InlineData("What haven't we heard back on?", "heard", QuestionIntent.Overdue, "overdue")]
    public async Task TryAnswerAsync_IntentWordsOnly_ListsRatherThanTakingThemForATopic(string question, string content, QuestionIntent intent, string query)
    {
        var queries = new FakeFactQueries(overdue: [Wellbeing], dueSoon: [Wellbeing]);
        var sut = new ResponseFactAnswers(queries);

        var answer = await sut.TryAnswerAsync(Ask(question, intent, content), Set(recommendations: [Wellbeing]), Today, CancellationToken.None);

        Assert.NotNull(answer);
        Assert.Equal(query, queries.Calls[0].Query);
        Assert.Contains("wellbeing", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryAnswerAsync_WhenIsAGivenResponseDue_GivesThatRecommendationsDeadlineAndStatus()
    {
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(
            Ask("When is the response on wellbeing in the Fair Access Protocol due?", QuestionIntent.Deadline, "response wellbeing fair access protocol due"),
            Set(recommendations: [Formula, Wellbeing, Hub]), Today, CancellationToken.None);

        Assert.Equal(
            "The response to \"To recommend that provision for wellbeing is included in the revised Fair Access Protocol.\" (Children and Young People Scrutiny Committee, 13 November 2024) is due by 3 January 2025; no response yet [1]",
            answer!.Text);
        Assert.Equal(Wellbeing.Evidence.Quote, Assert.Single(answer.Citations).Quote);
    }

    [Theory]
    [InlineData(2022, 7, false)] // "after the July 2022 report…": not the recommendation made in November 2024
    [InlineData(2024, 11, true)]
    public async Task TryAnswerAsync_DeadlineAskedWithADate_IsOfARecommendationMadeOrDueThen(int year, int month, bool answered)
    {
        var sut = new ResponseFactAnswers(new FakeFactQueries());
        var asked = new DateMention(year, month, null, "that month");

        var answer = await sut.TryAnswerAsync(
            Ask("After that month's report, what was the deadline on wellbeing in the Fair Access Protocol?", QuestionIntent.Deadline, "report deadline wellbeing fair access protocol", [asked]),
            Set(recommendations: [Formula, Wellbeing, Hub]), Today, CancellationToken.None);

        Assert.Equal(answered, answer is not null);
    }

    [Fact]
    public async Task TryAnswerAsync_DeadlineOfARecommendationNotInTheTracker_ReturnsNull()
    {
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(
            Ask("When is the response on library opening hours due?", QuestionIntent.Deadline, "response library opening hours due"),
            Set(recommendations: [Formula, Wellbeing]), Today, CancellationToken.None);

        Assert.Null(answer);
    }

    [Fact]
    public async Task TryAnswerAsync_NoRecommendationsKnown_ReturnsNullWithoutQuerying()
    {
        var queries = new FakeFactQueries(overdue: [Wellbeing]);
        var sut = new ResponseFactAnswers(queries);

        var answer = await sut.TryAnswerAsync(Ask("Which responses are overdue?", QuestionIntent.Overdue, "responses overdue"), Set(), Today, CancellationToken.None);

        Assert.Null(answer);
        Assert.Empty(queries.Calls);
    }

    [Fact]
    public async Task TryAnswerAsync_OverdueAboutATopic_LeavesItToTheTextSearch()
    {
        var queries = new FakeFactQueries(overdue: [Wellbeing]);
        var sut = new ResponseFactAnswers(queries);

        var answer = await sut.TryAnswerAsync(Ask("Why is the wellbeing response overdue?", QuestionIntent.Overdue | QuestionIntent.Reason, "wellbeing response overdue"), Set(recommendations: [Wellbeing]), Today, CancellationToken.None);

        Assert.Null(answer);
    }
    [Fact]
    public async Task TryAnswerAsync_LatestOnATopic_QuotesTheRecordedResponseInFull()
    {
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(
            Ask("what's the latest on the school places formula?", QuestionIntent.Response, "school places formula"), Set(recommendations: [Wellbeing, Formula]), Today, CancellationToken.None);

        Assert.Contains("\"The formula was emailed to members.\"", answer!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("wellbeing", answer.Text, StringComparison.Ordinal);
        Assert.Single(answer.Citations);
    }

    [Fact]
    public async Task TryAnswerAsync_ResponseAboutATopicWithNoneRecorded_SaysNoneYetAndWhenDue()
    {
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(
            Ask("any news on the wellbeing provision in the fair access protocol?", QuestionIntent.Response, "wellbeing provision fair access protocol"), Set(recommendations: [Wellbeing, Formula]), Today, CancellationToken.None);

        Assert.Contains("no response recorded yet (response due 3 January 2025)", answer!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryAnswerAsync_ResponseAboutATopicNoRecommendationNames_LeavesItToTheTextSearch()
    {
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(
            Ask("has the police replied about its funding contribution?", QuestionIntent.Response, "police funding contribution"), Set(recommendations: [Wellbeing, Formula]), Today, CancellationToken.None);

        Assert.Null(answer);
    }
    [Fact]
    public async Task TryAnswerAsync_HasAnOutsideBodyRepliedAndTheResponseNeverNamesIt_SaysNotFoundWithTheTrackerEntry()
    {
        var letter = Recommendation("To write to the Chief Constable of Testshire Police to urge a fairer funding contribution.", Deadline, ResponseStatus.Responded, "Safeguarding", "Letter sent to the Chief Constable on 2 December.");
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(
            Ask("do you know if Testshire Police have replied about their funding contribution?", QuestionIntent.Response, "testshire police funding contribution"), Set(recommendations: [letter, Formula]), Today, CancellationToken.None);

        Assert.False(answer!.Answered);
        Assert.StartsWith("I couldn't find a reply from Testshire Police", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Letter sent to the Chief Constable", answer.Text, StringComparison.Ordinal);
        Assert.Single(answer.Citations);
    }

    [Fact]
    public async Task TryAnswerAsync_HasAnOutsideBodyRepliedAndTheResponseReportsItsReply_QuotesTheResponse()
    {
        var letter = Recommendation("To write to the Chief Constable of Testshire Police to urge a fairer funding contribution.", Deadline, ResponseStatus.Responded, "Safeguarding", "Testshire Police replied on 9 January agreeing to review its contribution.");
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(
            Ask("has Testshire Police responded about its funding contribution?", QuestionIntent.Response, "testshire police funding contribution"), Set(recommendations: [letter]), Today, CancellationToken.None);

        Assert.True(answer!.Answered);
        Assert.Contains("replied on 9 January", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryAnswerAsync_RecommendationsFromAnItemInAMonth_ListsThatItemsRecommendationsWithTheirResponses()
    {
        var sut = new ResponseFactAnswers(new FakeFactQueries());
        var other = Recommendation("To request that school places data is shared.", Deadline, topic: "School places");

        var answer = await sut.TryAnswerAsync(
            Ask("what recommendations came out of the November fair access item?", QuestionIntent.Recommendations, "recommendations fair access item", [InMonth(2024, 11)]),
            Set(recommendations: [Wellbeing, Formula, other]),
            Today,
            CancellationToken.None);

        Assert.Contains("provision for wellbeing", answer!.Text, StringComparison.Ordinal);
        Assert.Contains("\"The formula was emailed to members.\"", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("school places data", answer.Text, StringComparison.Ordinal);
        Assert.Equal(2, answer.Citations.Count);
    }

    [Fact]
    public async Task TryAnswerAsync_RecommendationsFromAnItemInAnotherMonth_LeavesItToTheTextSearch()
    {
        var sut = new ResponseFactAnswers(new FakeFactQueries());

        var answer = await sut.TryAnswerAsync(
            Ask("what recommendations came out of the March fair access item?", QuestionIntent.Recommendations, "recommendations fair access item", [InMonth(2024, 3)]),
            Set(recommendations: [Wellbeing, Formula]),
            Today,
            CancellationToken.None);

        Assert.Null(answer);
    }
}
