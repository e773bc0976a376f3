namespace ScrutinyBot.Core.Tests.Extraction;

public sealed class AgendaItemExtractorTests
{
    [Fact]
    public void Extract_FlattenedAgendaLine_SplitsNumberedItems()
    {
        const string pack = """
            Ambridge District Council Overview and Scrutiny Committee

            Date: Thursday, 12 June 2025
            Time: 6.30 pm

            1 Apologies for Absence 2 Declarations of Interest 3 Minutes 3 - 8 To confirm the minutes of the meeting held on 10 April 2025 4 Housing Allocations Policy 9 - 20 Report of the Head of Housing 5 Work Programme 21 - 24
            """;

        var items = ExtractorFactory.Extract(pack).Facts.AgendaItems;

        Assert.Equal(["Apologies for Absence", "Declarations of Interest", "Minutes", "Housing Allocations Policy", "Work Programme"], items.Select(i => i.Title));
        Assert.Equal(["1", "2", "3", "4", "5"], items.Select(i => i.Number));
        Assert.All(items, i => Assert.Equal(new DateOnly(2025, 6, 12), i.MeetingDate));
    }

    [Fact]
    public void Extract_Minutes_ItemsBecomeAgendaOfMinutedMeeting()
    {
        const string minutes = "Minutes of the meeting held at the Village Hall on 10 April 2025\n\n14 Apologies for Absence\n\nNone.\n\n15 Bus Services\n\nThe Committee noted the report.\n";

        var items = ExtractorFactory.Extract(minutes).Facts.AgendaItems;

        Assert.Equal([("14", "Apologies for Absence"), ("15", "Bus Services")], items.Select(i => (i.Number, i.Title)));
        Assert.All(items, i => Assert.Equal(new DateOnly(2025, 4, 10), i.MeetingDate));
    }
}
