using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class UnitShapeTests
{
    [Theory]
    [InlineData("He welcomed an increase to the Social Care Grant.", true)]
    [InlineData("She said the service had recruited twelve social workers.", true)]
    [InlineData("However, pressures remained.", true)]
    [InlineData("Helen Smith presented the report.", false)]
    [InlineData("Shepway's figures were noted.", false)]
    public void LeansOnPrevious_SentenceOpening_TellsAContinuation(string sentence, bool expected) =>
        Assert.Equal(expected, UnitShape.LeansOnPrevious(sentence));

    [Theory]
    [InlineData("Kent & Medway Armed Forces Covenant Conference ........................... 14", true)]
    [InlineData("National Armed Forces Covenant Conference 2024 . . . . . . . . 10", true)]
    [InlineData("Looking to 2025 ....", false)]
    [InlineData("The conference will be held on 17 June 2025 at the Maidstone campus.", false)]
    [InlineData("Income of £1.2m... was received.", false)]
    public void IsContentsLine_Line_TellsATableOfContentsEntry(string line, bool expected) =>
        Assert.Equal(expected, UnitShape.IsContentsLine(line));

    [Theory]
    [InlineData("24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25 (Pages 11 - 84)", true)]
    [InlineData("Pay Policy Statement 2025/26 (Pages 335 - 340)", true)]
    [InlineData("Minutes of the Meeting held on 28 November 2024 (Page 5)", true)]
    [InlineData("The report was considered on 28 November 2024 (see pages 11 to 84 of the pack).", false)]
    [InlineData("The forecast overspend is £23.3m (page 4 gives the detail) and falling.", false)]
    public void IsAgendaEntry_Line_TellsAnEntryOfAnAgenda(string line, bool expected) =>
        Assert.Equal(expected, UnitShape.IsAgendaEntry(line));
}
