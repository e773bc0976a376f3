using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Tests.Retrieval;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

/// <summary>An answer never ends on a sentence that announces a list it does not give.</summary>
public sealed class FinishListsTests
{
    private static readonly ScoredPassage Minutes = new(new SearchHit(7, FakeSearchIndex.Chunk("minutes"), 1), 1, 1);

    private static List<AnswerUnit> Units(params string[] texts) =>
        [.. texts.Select((t, i) => new AnswerUnit(Minutes, i, t, 1, new HashSet<string>(), true))];

    [Fact]
    public void FinishLists_ChosenIntroWithItemsThatFit_BringsTheItems()
    {
        var units = Units(
            "The Committee noted the report.",
            "2) That the following issues raised by the Committee be progressed:",
            "a) That a progress report be circulated to members after 15 hours of childcare for two-year-olds begins.",
            "b) That a further report be received at the January 2025 meeting.",
            "The meeting closed at 12.30 pm.");

        var finished = ExtractiveAnswerer.FinishLists([units[0], units[1]], new() { [7] = units });

        Assert.Equal([units[0], units[1], units[2], units[3]], finished);
    }

    [Fact]
    public void FinishLists_NoRoomForAnyItem_DropsTheIntro()
    {
        var units = Units(
            new string('x', 1000) + ".",
            "That the following be progressed:",
            "a) " + new string('y', 400));

        var finished = ExtractiveAnswerer.FinishLists([units[0], units[1]], new() { [7] = units });

        Assert.Equal([units[0]], finished);
    }

    [Fact]
    public void FinishLists_IntroAlreadyFollowedByItsFirstItem_LeavesTheAnswer()
    {
        var units = Units("Resolved:", "1) To note the report.", "2) To ask for a briefing.");

        var finished = ExtractiveAnswerer.FinishLists([units[0], units[1]], new() { [7] = units });

        Assert.Equal([units[0], units[1]], finished);
    }
}
