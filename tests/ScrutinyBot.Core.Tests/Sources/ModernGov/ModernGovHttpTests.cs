using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Core.Sources.ModernGov;

namespace ScrutinyBot.Core.Tests.Sources.ModernGov;

public sealed class ModernGovHttpTests
{
    private static readonly Uri Site = new("https://democracy.example.gov.uk/");

    [Fact]
    public async Task GetAsync_LargerThanTheCap_Refused()
    {
        using var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[2048]) });
        var sut = NewHttp(handler);

        var ex = await Assert.ThrowsAsync<ModernGovRefusedException>(() => sut.GetAsync(new Uri(Site, "documents/s1/a.pdf"), 1024, null, null, CancellationToken.None));

        Assert.Contains("1024-byte limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_RetryAfterLongerThanTheBound_RefusedWithoutWaiting()
    {
        using var handler = new StubHandler(_ =>
        {
            var busy = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            busy.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1));
            return busy;
        });
        var sut = NewHttp(handler);

        var ex = await Assert.ThrowsAsync<ModernGovRefusedException>(() => sut.GetAsync(new Uri(Site, "x"), 1024, null, null, CancellationToken.None));

        Assert.Contains("busy (503)", ex.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task GetAsync_KnownValidators_SendsConditionalGetAndUserAgent()
    {
        using var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.NotModified));
        var sut = NewHttp(handler);

        var response = await sut.GetAsync(new Uri(Site, "documents/s1/a.pdf"), 1024, "\"abc\"", "Tue, 01 Dec 2026 10:00:00 GMT", CancellationToken.None);

        Assert.True(response.NotModified);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("\"abc\"", request.Headers.IfNoneMatch.Single().ToString());
        Assert.NotNull(request.Headers.IfModifiedSince);
        Assert.StartsWith("ScrutinyBot/", request.Headers.UserAgent.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_RedirectOnTheSameHost_Followed()
    {
        using var handler = new StubHandler(
            _ => new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("/documents/s2/b.pdf", UriKind.Relative) } },
            _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2, 3]) });
        var sut = NewHttp(handler);

        var response = await sut.GetAsync(new Uri(Site, "documents/s1/a.pdf"), 1024, null, null, CancellationToken.None);

        Assert.Equal([1, 2, 3], response.Content);
        Assert.Equal("/documents/s2/b.pdf", handler.Requests[1].RequestUri!.AbsolutePath);
    }

    private static ModernGovHttp NewHttp(StubHandler handler) =>
        new(new HttpClient(handler), Site, new ModernGovOptions(), new FakeTimeProvider());
}
