using Microsoft.Extensions.Options;
using ScrutinyBot.Teams.Connector;
using ScrutinyBot.Teams.Hosting;

namespace ScrutinyBot.Teams.Tests.Connector;

public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", ServiceUrlTrust.WithToken)]
    [InlineData("https://SMBA.trafficmanager.net/emea/", ServiceUrlTrust.WithToken)]
    [InlineData("http://smba.trafficmanager.net/amer/", ServiceUrlTrust.Refused)]
    [InlineData("https://evil.smba.trafficmanager.net/amer/", ServiceUrlTrust.Refused)]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/", ServiceUrlTrust.Refused)]
    [InlineData("https://attacker.trafficmanager.net/", ServiceUrlTrust.Refused)]
    [InlineData("http://localhost:56150/_connector", ServiceUrlTrust.WithToken)]
    [InlineData("http://localhost:56151/_connector", ServiceUrlTrust.Refused)]
    [InlineData("http://127.0.0.1:9999/_connector", ServiceUrlTrust.Refused)]
    [InlineData("not a url", ServiceUrlTrust.Refused)]
    [InlineData("file:///etc/passwd", ServiceUrlTrust.Refused)]
    public void Evaluate_WithAppId_TrustsOnlyAllowListAndPlayground(string serviceUrl, ServiceUrlTrust expected)
    {
        var sut = new ServiceUrlPolicy(Options.Create(new BotOptions
        {
            AppId = "app",
            AppTenantId = "tenant",
            AllowedServiceUrlHosts = ["smba.trafficmanager.net"],
            PlaygroundServiceUrl = "http://localhost:56150/_connector",
        }));

        Assert.Equal(expected, sut.Evaluate(serviceUrl));
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector", ServiceUrlTrust.Anonymous)]
    [InlineData("http://127.0.0.1:1234/", ServiceUrlTrust.Anonymous)]
    [InlineData("http://127.4.5.6:1234/", ServiceUrlTrust.Anonymous)]
    [InlineData("http://[::1]:1234/", ServiceUrlTrust.Anonymous)]
    [InlineData("https://smba.trafficmanager.net/amer/", ServiceUrlTrust.Refused)]
    [InlineData("http://localhost.evil.example/", ServiceUrlTrust.Refused)]
    [InlineData("http://10.0.0.1/", ServiceUrlTrust.Refused)]
    public void Evaluate_WithoutAppId_OnlyLoopback(string serviceUrl, ServiceUrlTrust expected)
    {
        var sut = new ServiceUrlPolicy(Options.Create(new BotOptions
        {
            AllowedServiceUrlHosts = ["smba.trafficmanager.net"],
            PlaygroundServiceUrl = "http://localhost:56150/_connector",
        }));

        Assert.Equal(expected, sut.Evaluate(serviceUrl));
    }
}
