using ScrutinyBot.Core.Sources.ModernGov;

namespace ScrutinyBot.Core.Tests.Sources.ModernGov;

public sealed class ModernGovFileNameTests
{
    [Fact]
    public void MeetingFolder_IdClimbingOut_KeepsOnlyLettersAndDigits()
    {
        var sut = ModernGovFileName.MeetingFolder("../../etc/5001");

        Assert.Equal("etc5001", sut);
    }

    [Fact]
    public void For_AddressWithName_IdThenTheSitesName()
    {
        var sut = ModernGovFileName.For(new ModernGovDocument("9001", "Report", "x"), new Uri("https://site/documents/s9001/Budget%20Report.pdf"), "application/pdf");

        Assert.Equal("9001-Budget Report.pdf", sut);
    }

    [Fact]
    public void For_AddressWithoutExtension_ExtensionFromContentType()
    {
        var sut = ModernGovFileName.For(new ModernGovDocument("7", "Minutes", "x"), new Uri("https://site/mgConvert2PDF.aspx/"), "application/pdf");

        Assert.Equal("7-Minutes.pdf", sut);
    }

    [Fact]
    public void For_ConvertPageWithDottedTitle_TitleThenExtensionFromContentType()
    {
        var sut = ModernGovFileName.For(new ModernGovDocument("8", "Minutes 12.03.2025", "x"), new Uri("https://site/mgConvert2PDF.aspx?ID=8"), "application/pdf");

        Assert.Equal("8-Minutes 12.03.2025.pdf", sut);
    }
}
