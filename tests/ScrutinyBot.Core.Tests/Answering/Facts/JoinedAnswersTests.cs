using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Answering.Facts;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

public sealed class JoinedAnswersTests
{
    [Fact]
    public void Join_TwoAnswers_NumbersTheSecondsCitationsOnFromTheFirsts()
    {
        var meeting = new Answer(true, "Cabinet meets at 3.00 pm in the Council Chamber. [1]", [new Citation(1, "front.pdf", "Agenda", 1, null, "Cabinet", "at 3.00 pm")]);
        var agenda = new Answer(true, "Agenda [1]:\n1. Apologies\nMinutes [2]", [
            new Citation(1, "front.pdf", "Agenda", 1, null, "Cabinet", "1 Apologies"),
            new Citation(2, "front.pdf", "Agenda", 2, null, "Cabinet", "2 Minutes"),
        ]);

        var joined = JoinedAnswers.Join(meeting, agenda);

        Assert.Equal("Cabinet meets at 3.00 pm in the Council Chamber. [1]\nAgenda [2]:\n1. Apologies\nMinutes [3]", joined.Text);
        Assert.Equal([1, 2, 3], joined.Citations.Select(c => c.Number));
        Assert.Equal(["at 3.00 pm", "1 Apologies", "2 Minutes"], joined.Citations.Select(c => c.Quote));
    }
}
