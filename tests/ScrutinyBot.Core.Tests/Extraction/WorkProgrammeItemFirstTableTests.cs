
namespace ScrutinyBot.Core.Tests.Extraction;

/// <summary>
/// A programme table whose item column is headed in the council's own word ("Scrutiny | Type | Date | Status"), with
/// months written short ("Nov 2026") and a row whose "Topic group" type reads like a column heading.
/// </summary>
public sealed class WorkProgrammeItemFirstTableTests
{
    private const string Programme = """
        SCRUTINY WORK PROGRAMME 2025 - 2026

        Scrutiny                               Type               Date          Status
        Flood Risk Strategy                    Pre-decision       26/11/25      On agenda
        Bus Service Plan                       Scrutiny           March 2026    Added 15/10/25
        Adult Care Market Sustainability       Topic group        Sept 2026     To be scoped
        Climate Change and Sustainability      Progress review    Nov 2026      Scheduled
        """;

    [Fact]
    public void Extract_ItemColumnHeadedInItsOwnWord_ReadsEveryRowWithItsDate()
    {
        var items = ExtractorFactory.ExtractTextFile(Programme, "programme.txt").Facts.WorkProgramme;

        Assert.Equal(
            [("Flood Risk Strategy", "26/11/25"), ("Bus Service Plan", "March 2026"), ("Adult Care Market Sustainability", "Sept 2026"), ("Climate Change and Sustainability", "Nov 2026")],
            items.Select(i => (i.Item, i.When)));
        Assert.Equal(new DateOnly(2025, 11, 26), items[0].MeetingDate);
    }
}
