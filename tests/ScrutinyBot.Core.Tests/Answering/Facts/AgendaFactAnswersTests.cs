using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;
using static ScrutinyBot.Core.Tests.Answering.Facts.FactSets;
using static ScrutinyBot.Core.Tests.Answering.Facts.Questions;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

public sealed class AgendaFactAnswersTests
{
    private static readonly DateOnly April = new(2024, 4, 15);
    private static readonly DateOnly February = new(2024, 2, 5);

    private static AgendaItem Item(DateOnly date, string number, string title) =>
        new("pack.txt", Cyp, date, number, title, new Evidence("pack.txt", "Front sheet", 1, $"{number} {title}"));

    private static FactSet Agendas() => new(
        DocumentFacts.Empty with
        {
            AgendaItems =
            [
                Item(April, "2", "Apologies for Absence"),
                Item(April, "1", "Minutes of the Last Meeting"),
                Item(April, "3", "Multi-Agency Safeguarding Hub"),
                Item(February, "1", "Budget consultation"),
            ],
        },
        []);

    [Fact]
    public void TryAnswer_AgendaForADate_ListsThatMeetingsItemsInOrderCited()
    {
        var sut = AgendaFactAnswers.TryAnswer(Ask("what's on the agenda for the 15 April meeting?", QuestionIntent.Agenda, "agenda meeting", [On(2024, 4, 15)]), Agendas(), April);

        Assert.Equal(
            "Agenda of the Children and Young People Scrutiny Committee, Monday 15 April 2024 [1]:\n1. Minutes of the Last Meeting\n2. Apologies for Absence\n3. Multi-Agency Safeguarding Hub",
            sut!.Text);
        Assert.Equal(("pack.txt", April), (sut.Citations[0].Source, sut.Citations[0].MeetingDate));
    }

    [Fact]
    public void TryAnswer_AgendaOfTheNextMeeting_PicksTheFirstOnOrAfterToday()
    {
        var sut = AgendaFactAnswers.TryAnswer(Ask("what's on the agenda for the next meeting?", QuestionIntent.Agenda | QuestionIntent.NextMeeting, "agenda meeting"), Agendas(), new DateOnly(2024, 3, 1));

        Assert.Contains("Multi-Agency Safeguarding Hub", sut!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Budget consultation", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAnswer_AgendaQuestionAboutATopic_LeavesItToTheTextSearch()
    {
        var sut = AgendaFactAnswers.TryAnswer(Ask("which agenda item covered fostering in April?", QuestionIntent.Agenda, "agenda item covered fostering", [InMonth(2024, 4)]), Agendas(), April);

        Assert.Null(sut);
    }
}
