using System.Text;
using ScrutinyBot.Core.Sources.ModernGov;

namespace ScrutinyBot.Core.Tests.Sources.ModernGov;

public sealed class ModernGovXmlTests
{
    [Fact]
    public void Documents_MeetingWithAgendaItemsAndPack_ListsEachPaperOnce()
    {
        var xml = ModernGovXml.Parse(Encoding.UTF8.GetBytes("""
            <meeting xmlns="http://moderngov.co.uk/namespaces"><meetingid>5001</meetingid>
              <linkeddocuments><linkeddocument><documentid>1</documentid><title>Agenda pack</title><url>https://site/documents/g1/pack.pdf</url></linkeddocument></linkeddocuments>
              <agenda><agendaitem><agendaitemtitle>Budget</agendaitemtitle><linkeddocuments>
                <linkeddocument><documentid>2</documentid><title>Report</title><url>https://site/documents/s2/Report.pdf</url></linkeddocument>
                <linkeddocument><documentid>1</documentid><title>Agenda pack</title><url>https://site/documents/g1/pack.pdf</url></linkeddocument>
              </linkeddocuments></agendaitem></agenda>
            </meeting>
            """));

        var sut = ModernGovXml.Documents(xml);

        Assert.Equal(["Agenda pack", "Report"], sut.Select(d => d.Title));
        Assert.Equal("https://site/documents/s2/Report.pdf", sut[1].Url);
    }

    [Fact]
    public void Committees_WebServiceShape_ReadsIdsAndTitles()
    {
        var xml = ModernGovXml.Parse(Encoding.UTF8.GetBytes(
            "<committees><committee><committeeid>144</committeeid><committeetitle>Scrutiny Committee</committeetitle></committee></committees>"));

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
