using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class RecordedVotesTests
{
    [Fact]
    public void WithoutNames_CountInBracketsAndNamesOverLines_KeepsCountsAndOutcome()
    {
        const string kentStyle = "the voting was as follows:\n\nFor (8)\n\nMr Baldock, Mr Campkin, Mr Chittenden, Mr Hook, Mr Lewis, Mr Passmore, Mr\n" +
            "Stepto, Mr Streatfeild, MBE\n\nAgainst (40)\n\nMr Bartlett, Mr Beaney, Mrs Bell, Mrs Binks, Mr Bond\n\nAmendment lost.";

        var sut = RecordedVotes.WithoutNames(kentStyle);

        Assert.DoesNotContain("Baldock", sut);
        Assert.DoesNotContain("Binks", sut);
        Assert.Contains("For (8)", sut);
        Assert.Contains("Against (40)", sut);
        Assert.EndsWith("Amendment lost.", sut);
    }

    [Fact]
    public void WithoutNames_ColonLabelWithoutCount_CountsTheNames()
    {
        const string recordedVote = "A recorded vote was taken. For: Councillors Ahmed, Brown, Clarke, Davies and Evans. Against: Councillors Fry, Green. The motion was carried.";
        const string bareSurnames = "For: Ahmed, Brown, Clarke, Davies, Evans. Against: Fry, Green. The motion was carried.";

        var bare = RecordedVotes.WithoutNames(bareSurnames);
        var titled = RecordedVotes.WithoutNames(recordedVote);

        Assert.StartsWith("For (5) .", bare);
        Assert.Contains("Against: Fry, Green.", bare);
        Assert.Contains("For (5) . Against: Councillors Fry, Green. The motion was carried.", titled);
    }

    [Fact]
    public void WithoutNames_ForInAnOrdinarySentence_LeavesItAlone()
    {
        const string prose = "For Ashford, Canterbury, Dover and Folkestone the funding was agreed for the next three years.";

        Assert.Equal(prose, RecordedVotes.WithoutNames(prose));
    }
}
