using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ScrutinyBot.Host.Tests.Teams;

/// <summary>Per test: the host, a stand-in Connector and the seeded store. Nothing is shared between tests.</summary>
internal sealed class BotFixture : IAsyncDisposable
{
    private BotFixture(BotAppHostFactory factory, BotConnectorStandIn connector, HttpClient client)
    {
        Factory = factory;
        Connector = connector;
        Client = client;
    }

    public BotAppHostFactory Factory { get; }

    public BotConnectorStandIn Connector { get; }

    public HttpClient Client { get; }

    public string ServiceUrl => Connector.ServiceUrl;

    public static async Task<BotFixture> StartAsync()
    {
        var connector = await BotConnectorStandIn.StartAsync();
        var factory = new BotAppHostFactory();
        var client = factory.CreateClient();
        await BotTestData.SeedAsync(factory.Services);
        return new BotFixture(factory, connector, client);
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity) => Client.PostAsJsonAsync("/api/messages", activity);

    /// <summary>Sends a personal-chat message and returns the one card the bot replied with.</summary>
    public async Task<JsonObject> AskForCardAsync(string text)
    {
        using var response = await PostAsync(BotActivities.Personal(ServiceUrl, text));
        response.EnsureSuccessStatusCode();
        return CardOf(Connector.Messages.Single());
    }

    public static JsonObject CardOf(JsonObject message)
    {
        var attachment = message["attachments"]!.AsArray().Single()!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        return attachment["content"]!.AsObject();
    }

    public static string TextOf(JsonNode card) => string.Join("\n", Walk(card).Where(o => (string?)o["type"] is "TextBlock" or "TextRun").Select(o => (string?)o["text"]));

    public static IEnumerable<JsonObject> Walk(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Walk(p.Value))),
        JsonArray array => array.SelectMany(Walk),
        _ => [],
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
