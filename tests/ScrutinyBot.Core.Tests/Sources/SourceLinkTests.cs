using ScrutinyBot.Core.Sources;

namespace ScrutinyBot.Core.Tests.Sources;

public sealed class SourceLinkTests
{
    [Theory]
    [InlineData("https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=60860", true, 3, "https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=60860#page=3")]
    [InlineData("https://democracy.example.gov.uk/documents/s1/Report.pdf#view=fit", true, 12, "https://democracy.example.gov.uk/documents/s1/Report.pdf#page=12")]
    [InlineData("https://democracy.example.gov.uk/documents/s2/Minutes.txt", false, 3, "https://democracy.example.gov.uk/documents/s2/Minutes.txt")]
    [InlineData("https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=7", true, 0, "https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=7")]
    public void ForPage_PdfOrNot_AddsThePageOnlyToAPdf(string url, bool isPdf, int page, string expected)
    {
        var sut = new SourceLink(url, isPdf);

        Assert.Equal(expected, sut.ForPage(page));
    }
}
