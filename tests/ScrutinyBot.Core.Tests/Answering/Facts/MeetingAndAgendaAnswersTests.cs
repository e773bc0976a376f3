using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;
using static ScrutinyBot.Core.Tests.Answering.Facts.FactSets;
using static ScrutinyBot.Core.Tests.Answering.Facts.Questions;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

public sealed class MeetingAndAgendaAnswersTests
{
    private static readonly DateOnly April = new(2024, 4, 15);

    private static FactSet MeetingWithAgenda() => new(
        DocumentFacts.Empty with
        {
            Meetings = [Meeting(April)],
            AgendaItems = [new AgendaItem("pack.txt", Cyp, April, "1", "Multi-Agency Safeguarding Hub", new Evidence("pack.txt", "Front sheet", 1, "1 Multi-Agency Safeguarding Hub"))],
        },
        []);

    [Fact]
    public void TryAnswer_TimePlaceAndBusinessAsked_GivesTheMeetingThenItsAgenda()
    {
        var facts = MeetingWithAgenda();
        var question = Ask("where and what time is the 15 April meeting, and what's it meeting about?", QuestionIntent.StartTime | QuestionIntent.Place | QuestionIntent.Agenda, "meeting", [On(2024, 4, 15)]);

        var answer = MeetingAndAgendaAnswers.TryAnswer(question, facts, April, new FactIndex(facts));

        Assert.NotNull(answer);
        Assert.Contains("Loxley House", answer.Text);
        Assert.Contains("Multi-Agency Safeguarding Hub", answer.Text);
        Assert.True(answer.Text.IndexOf("Loxley House", StringComparison.Ordinal) < answer.Text.IndexOf("Multi-Agency", StringComparison.Ordinal), answer.Text);
        Assert.Equal([1, 2], answer.Citations.Select(c => c.Number));
    }

    [Fact]
    public void TryAnswer_OnlyTheAgendaAsked_GivesTheAgendaAlone()
    {
        var facts = MeetingWithAgenda();
        var question = Ask("what's on the agenda for the 15 April meeting?", QuestionIntent.Agenda, "agenda meeting", [On(2024, 4, 15)]);

        var answer = MeetingAndAgendaAnswers.TryAnswer(question, facts, April, new FactIndex(facts));

        Assert.NotNull(answer);
        Assert.DoesNotContain("Loxley House", answer.Text);
        Assert.Single(answer.Citations);
    }
}
