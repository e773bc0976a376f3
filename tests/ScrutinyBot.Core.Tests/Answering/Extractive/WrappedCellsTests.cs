using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class WrappedCellsTests
{
    private static readonly string[] Form =
    [
        "Potholes continue to inconvenience road users.",
        "Proposed Amount\tProposed Funding Source:",
        "£5.6m to increase the Highways Asset\tCancellation of the Scope 2 enhanced works to Invicta",
        "Management/Annual Maintenance capital project.\tHouse.",
    ];

    [Fact]
    public void ReadDown_BoxesWrappingTheirSentences_AreReadOneBoxAtATime() =>
        Assert.Equal(
            [
                "Potholes continue to inconvenience road users.",
                "Proposed Amount: £5.6m to increase the Highways Asset Management/Annual Maintenance capital project.",
                "Proposed Funding Source: Cancellation of the Scope 2 enhanced works to Invicta House.",
            ],
            WrappedCells.ReadDown(Form));

    [Fact]
    public void ReadDown_RowsThatEndTheirOwnSentences_StayRows()
    {
        string[] tracker = ["To write to the police about funding.\tA letter was sent in May.", "To invite the trusts to a meeting.\tThis is planned for March."];

        Assert.Equal(tracker, WrappedCells.ReadDown(tracker));
    }

    [Fact]
    public void ReadDown_RowsOfFiguresOrNames_StayRows()
    {
        string[] table = ["Adult Social Care\t643,221.6\t12.5", "Children's Services\t402,118.0\t8.1", "Proposer\tMr Hook", "Seconder\tMr Streatfeild."];

        Assert.Equal(table, WrappedCells.ReadDown(table));
    }

    [Fact]
    public void ReadDown_BoxesUnderSentences_AreNotLabelled()
    {
        string[] boxes = ["The amount we propose is\tThe money would come from", "£5.6m for highways.\treserves."];

        Assert.Equal(["The amount we propose is £5.6m for highways.", "The money would come from reserves."], WrappedCells.ReadDown(boxes));
    }

    [Fact]
    public void Split_FormBoxes_GiveEachBoxAsOneSentence() =>
        Assert.Contains("Proposed Funding Source: Cancellation of the Scope 2 enhanced works to Invicta House.", SentenceSplitter.Split(string.Join('\n', Form)));
}
