using System.Text;
using ScrutinyBot.Core.Sources.ModernGov;

namespace ScrutinyBot.Core.Tests.Sources.ModernGov;

public sealed class ModernGovXmlTests
{
    [Fact]
    public void Documents_AgendaItemsLinkingOnePaperTwice_ListsEachPaperOnce()
    {
        var xml = ModernGovXml.Parse(Encoding.UTF8.GetBytes("""
            <?xml version="1.0" encoding="utf-8"?>
            <meeting><meetingid>5001</meetingid><meetingdate>10/02/2026</meetingdate><meetingstatus>Confirmed</meetingstatus>
              <agendaitems>
                <agendaitem><agendaitemtitle>Minutes</agendaitemtitle><linkeddocuments>
                  <linkeddoc><attachmentid>1</attachmentid><title>Minutes 25 Nov</title><isurl>False</isurl><url>https://site/mgConvert2PDF.aspx?ID=1</url><isrestricted>False</isrestricted></linkeddoc>
                </linkeddocuments></agendaitem>
                <agendaitem><agendaitemtitle>Budget</agendaitemtitle><linkeddocuments>
                  <linkeddoc><attachmentid>2</attachmentid><title>Report</title><url>https://site/mgConvert2PDF.aspx?ID=2</url><isrestricted>False</isrestricted></linkeddoc>
                  <linkeddoc><attachmentid>1</attachmentid><title>Minutes 25 Nov</title><url>https://site/mgConvert2PDF.aspx?ID=1</url></linkeddoc>
                </linkeddocuments></agendaitem>
              </agendaitems>
            </meeting>
            """));

        var sut = ModernGovXml.Documents(xml);

        Assert.Equal(["Minutes 25 Nov", "Report"], sut.Select(d => d.Title));
        Assert.Equal(new ModernGovDocument("2", "Report", "https://site/mgConvert2PDF.aspx?ID=2"), sut[1]);
    }

    [Fact]
    public void Documents_RestrictedPaper_LeftOut()
    {
        var xml = ModernGovXml.Parse(Encoding.UTF8.GetBytes("""
            <meeting><agendaitems><agendaitem><linkeddocuments>
              <linkeddoc><attachmentid>3</attachmentid><title>Exempt appendix</title><url>https://site/mgConvert2PDF.aspx?ID=3</url><isrestricted>True</isrestricted></linkeddoc>
              <linkeddoc><attachmentid>4</attachmentid><title>Report</title><url>https://site/mgConvert2PDF.aspx?ID=4</url><isrestricted>False</isrestricted></linkeddoc>
            </linkeddocuments></agendaitem></agendaitems></meeting>
            """));

        var sut = ModernGovXml.Documents(xml);

        Assert.Equal("4", Assert.Single(sut).Id);
    }

    [Fact]
    public void Meetings_GetMeetingsShape_ReadsEachMeetingWithItsStatus()
    {
        var xml = ModernGovXml.Parse(Encoding.UTF8.GetBytes("""
            <getmeetings><meetingscount> 2</meetingscount><committeescount> 1</committeescount>
              <committee><committeeid>144</committeeid><committeetitle>Audit Committee</committeetitle><committeemeetings>
                <meeting><meetingid>4966</meetingid><meetingdate>13/01/2026</meetingdate><meetingstatus>Cancelled</meetingstatus><meetingtime>10.00 am</meetingtime></meeting>
                <meeting><meetingid>4967</meetingid><meetingdate>10/02/2026</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>10.00 am</meetingtime></meeting>
              </committeemeetings></committee>
            </getmeetings>
            """));

        var sut = ModernGovXml.Meetings(xml);

        Assert.Equal(["4966", "4967"], sut.Select(m => m.Id));
        Assert.Equal([true, false], sut.Select(m => m.IsCancelled));
        Assert.Equal("13/01/2026", sut[0].Date);
    }

    [Fact]
    public void Committees_WebServiceShape_ReadsIdsAndTitlesLessDeletedOnes()
    {
        var xml = ModernGovXml.Parse(Encoding.UTF8.GetBytes(
            "<committees><committeescount> 2</committeescount><committee><committeeid>144</committeeid><committeetitle>Scrutiny Committee</committeetitle><committeedeleted>False</committeedeleted></committee>"
            + "<committee><committeeid>145</committeeid><committeetitle>Old Scrutiny Panel</committeetitle><committeedeleted>True</committeedeleted></committee></committees>"));

        var sut = ModernGovXml.Committees(xml);

        Assert.Equal(new ModernGovCommittee("144", "Scrutiny Committee"), Assert.Single(sut));
    }

    [Fact]
    public void Parse_ExternalEntity_Refused()
    {
        var bytes = Encoding.UTF8.GetBytes("""<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><committees>&e;</committees>""");

        var ex = Assert.Throws<ModernGovRefusedException>(() => ModernGovXml.Parse(bytes));

        Assert.StartsWith("the web service sent XML that is not accepted", ex.Message, StringComparison.Ordinal);
    }
}
