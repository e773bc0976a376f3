using System.Text;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Core.Sources.ModernGov;

namespace ScrutinyBot.Core.Tests.Sources.ModernGov;

public sealed class ModernGovMeetingDetailsTests
{
    [Fact]
    public void Details_GetMeetingAnswer_ReadsCommitteeDateTimeVenueAndItemsInOrder()
    {
        var xml = ModernGovXml.Parse(Encoding.UTF8.GetBytes("""
            <meeting><meetingid>5001</meetingid><meetingdate>10/02/2026</meetingdate><meetingtime>2.30 pm</meetingtime>
              <committeetitle>Children's Scrutiny Committee</committeetitle><meetinglocation>Council Chamber, Sessions House</meetinglocation>
              <agendaitems>
                <agendaitem><agendaitemnumber>1</agendaitemnumber><agendaitemtitle>Apologies</agendaitemtitle></agendaitem>
                <agendaitem><agendaitemnumber>5a</agendaitemnumber><agendaitemtitle>SEND transport</agendaitemtitle></agendaitem>
                <agendaitem><agendaitemnumber>6</agendaitemnumber><agendaitemtitle></agendaitemtitle></agendaitem>
              </agendaitems>
            </meeting>
            """));

        var sut = ModernGovXml.Details(xml, "kent", "Scrutiny (from the list)");

        Assert.Equal(new SiteMeeting("kent", "5001", "Children's Scrutiny Committee", new DateOnly(2026, 2, 10), new TimeOnly(14, 30),
            "Council Chamber, Sessions House", sut!.AgendaItems), sut);
        Assert.Equal([new SiteAgendaItem("1", "Apologies"), new SiteAgendaItem("5a", "SEND transport")], sut.AgendaItems);
    }

    [Fact]
    public void Details_NoCommitteeTitleOrVenue_UsesTheListedCommitteeAndNoVenue()
    {
        var xml = ModernGovXml.Parse(Encoding.UTF8.GetBytes("<meeting><meetingid>7</meetingid><meetingdate>01/03/2026</meetingdate></meeting>"));

        var sut = ModernGovXml.Details(xml, "kent", "Scrutiny Committee");

        Assert.Equal(("Scrutiny Committee", (string?)null, (TimeOnly?)null), (sut!.Committee, sut.Venue, sut.Start));
    }

    [Fact]
    public void Details_DateThatDoesNotRead_IsNull()
    {
        var xml = ModernGovXml.Parse(Encoding.UTF8.GetBytes("<meeting><meetingid>7</meetingid><meetingdate>soon</meetingdate></meeting>"));

        Assert.Null(ModernGovXml.Details(xml, "kent", "Scrutiny Committee"));
    }

    [Theory]
    [InlineData("10.00 am", 10, 0)]
    [InlineData("2.30 pm", 14, 30)]
    [InlineData("2:30pm", 14, 30)]
    [InlineData("12 noon", 12, 0)]
    [InlineData("Midday", 12, 0)]
    [InlineData("12.15 pm", 12, 15)]
    [InlineData("12.00 am", 0, 0)]
    [InlineData("10am", 10, 0)]
    [InlineData("14:00", 14, 0)]
    [InlineData("", -1, 0)]
    [InlineData("25:00", -1, 0)]
    public void Parse_TimeAsSitesWriteIt_ReadsIt(string text, int hour, int minute)
    {
        var sut = ModernGovTime.Parse(text);

        Assert.Equal(hour < 0 ? null : new TimeOnly(hour, minute), sut);
    }
}
