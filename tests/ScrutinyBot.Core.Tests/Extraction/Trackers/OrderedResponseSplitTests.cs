using ScrutinyBot.Core.Extraction.Trackers;

namespace ScrutinyBot.Core.Tests.Extraction.Trackers;

public sealed class OrderedResponseSplitTests
{
    private static readonly TrackerItem[] Items =
    [
        new(1, false, "That speed cameras are installed near primary schools.", "R", 0),
        new(2, false, "To request the casualty figures for each ward.", "A", 0),
        new(3, false, "That the cycle lane consultation is extended.", "R", 0),
    ];

    [Fact]
    public void Split_SentencesNamingEachItemInTurn_GivesEachItsOwnShare()
    {
        const string response = "Camera sites near primary schools have been agreed. Installation starts in May. "
            + "The casualty figures were emailed to members. The cycle lane consultation now runs to July.";

        var sut = OrderedResponseSplit.Split(Items, response, namedEnds: true);

        Assert.Equal(
            ["Camera sites near primary schools have been agreed. Installation starts in May.", "The casualty figures were emailed to members.", "The cycle lane consultation now runs to July."],
            sut);
    }

    [Fact]
    public void Split_FewerSentencesThanItems_ReturnsNull()
    {
        var sut = OrderedResponseSplit.Split(Items, "Camera sites are agreed and the consultation is extended.", namedEnds: false);

        Assert.Null(sut);
    }

    [Fact]
    public void Split_EndsNotNamedWhenEvidenceRequired_ReturnsNull()
    {
        const string response = "The Executive Member welcomed the recommendations. Officers will report back in the autumn. A working group has been set up.";

        var sut = OrderedResponseSplit.Split(Items, response, namedEnds: true);

        Assert.Null(sut);
    }

    [Fact]
    public void Split_NoNamingAndNoEvidenceRequired_CutsAsEarlyAsPossible()
    {
        const string response = "The Executive Member welcomed the recommendations. Officers will report back in the autumn. A working group has been set up. It will meet every month.";

        var sut = OrderedResponseSplit.Split(Items, response, namedEnds: false);

        Assert.Equal(["The Executive Member welcomed the recommendations.", "Officers will report back in the autumn.", "A working group has been set up. It will meet every month."], sut);
    }

    [Fact]
    public void Sentences_ShortFragment_StaysWithTheSentenceBefore()
    {
        var sut = OrderedResponseSplit.Sentences("Timeliness is now 81.5%. Up 8%. The neighbour average was 78.5%.");

        Assert.Equal(["Timeliness is now 81.5%. Up 8%.", "The neighbour average was 78.5%."], sut);
    }
}
