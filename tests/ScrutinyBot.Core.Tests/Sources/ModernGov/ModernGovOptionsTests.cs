using ScrutinyBot.Core.Sources.ModernGov;

namespace ScrutinyBot.Core.Tests.Sources.ModernGov;

public sealed class ModernGovOptionsTests
{
    [Fact]
    public void Problem_NoSites_None()
    {
        var sut = new ModernGovOptions();

        Assert.Null(sut.Problem());
    }

    [Fact]
    public void Problem_RelativeBaseUrl_NamesTheSite()
    {
        var sut = new ModernGovOptions { Sites = { new ModernGovSiteOptions { Name = "kent", BaseUrl = "democracy.kent.gov.uk" } } };

        Assert.Contains("'kent': BaseUrl", sut.Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_DuplicateNames_Reported()
    {
        var site = new ModernGovSiteOptions { Name = "kent", BaseUrl = "https://democracy.kent.gov.uk" };
        var sut = new ModernGovOptions { Sites = { site, site } };

        Assert.Contains("unique", sut.Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_LeaseShorterThanThirtySeconds_Reported()
    {
        var sut = new ModernGovOptions { LeaseDuration = TimeSpan.FromSeconds(5) };

        Assert.Equal("Sources:ModernGov:LeaseDuration must be at least 30 seconds.", sut.Problem());
    }
}
