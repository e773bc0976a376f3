using System.Text.Json.Nodes;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.Tests.App.Fakes;

namespace ScrutinyBot.Teams.Tests.App.Cards;

public sealed class MeetingCardBuilderTests
{
    private static readonly DateOnly Date = new(2024, 11, 13);

    [Fact]
    public void Build_ManyResolutions_SummarisedByItemWithFullTextOneTapAway()
    {
        var resolutions = Enumerable.Range(1, 10)
            .Select(i => SampleFacts.Resolution(Date, $"Resolution text number {i}.") with { Item = $"Agenda topic {(i + 1) / 2}" })
            .ToList();

        var sut = MeetingCardBuilder.Build(new MeetingCard(Date, [SampleFacts.Meeting(Date)], [], [], resolutions));

        var visible = VisibleText(sut);
        Assert.Contains("Resolutions: 10", visible, StringComparison.Ordinal);
        Assert.Contains("• Agenda topic 1 (2)", visible, StringComparison.Ordinal);
        Assert.Contains("and 2 more items", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("Resolution text number", visible, StringComparison.Ordinal);
        var all = ShowCardText(sut, "Show all 10");
        Assert.All(resolutions, r => Assert.Contains(r.Text, all, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Attendance_CountsShownAndNamesBehindToggle()
    {
        Attendance Person(string name, AttendanceStatus status) =>
            new(SampleFacts.Source, SampleFacts.Committee, Date, name, status, null, SampleFacts.Evidence());
        var attendance = new[]
        {
            Person("Councillor Georgia Power", AttendanceStatus.Present),
            Person("Councillor Michael Savage", AttendanceStatus.Present),
            Person("Councillor Maria Watson", AttendanceStatus.Apologies),
        };

        var sut = MeetingCardBuilder.Build(new MeetingCard(Date, [SampleFacts.Meeting(Date)], attendance, [], []));

        var visible = VisibleText(sut);
        Assert.Contains("2 present, 1 apologies", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("Georgia Power", visible, StringComparison.Ordinal);
        Assert.Contains("Councillor Maria Watson", ShowCardText(sut, "Show who attended"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LongAgenda_FirstItemsListedRestFolded()
    {
        var agenda = Enumerable.Range(1, 8)
            .Select(i => new AgendaItem(SampleFacts.Source, SampleFacts.Committee, Date, i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Item title {i}", SampleFacts.Evidence()))
            .ToList();

        var sut = MeetingCardBuilder.Build(new MeetingCard(Date, [SampleFacts.Meeting(Date)], [], agenda, []));

        var visible = VisibleText(sut);
        Assert.Contains("Agenda: 8 items", visible, StringComparison.Ordinal);
        Assert.Contains("3. Item title 3", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("4. Item title 4", visible, StringComparison.Ordinal);
        Assert.Contains("8. Item title 8", ShowCardText(sut, "Show all 8 items"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NothingKnown_SaysSoInEachSection()
    {
        var sut = MeetingCardBuilder.Build(new MeetingCard(Date, [], [], [], []));

        var visible = VisibleText(sut);
        Assert.Contains("I have no meeting on that date in the papers.", visible, StringComparison.Ordinal);
        Assert.Contains("No attendance recorded.", visible, StringComparison.Ordinal);
        Assert.Contains("No resolutions recorded.", visible, StringComparison.Ordinal);
        Assert.Empty(CardInspector.Elements(sut, "Action.ShowCard"));
    }

    /// <summary>The text shown before any button is pressed: everything but what Action.ShowCard hides.</summary>
    private static string VisibleText(JsonObject card)
    {
        var copy = (JsonObject)card.DeepClone();
        foreach (var toggle in CardInspector.Elements(copy, "Action.ShowCard"))
        {
            toggle.Remove("card");
        }

        return CardInspector.AllText(copy);
    }

    private static string ShowCardText(JsonObject card, string title) =>
        CardInspector.AllText(CardInspector.Elements(card, "Action.ShowCard").Single(a => (string?)a["title"] == title)["card"]!);
}
