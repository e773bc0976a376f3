using Microsoft.Extensions.Logging.Abstractions;
using ScrutinyBot.Teams.Hosting;
using ScrutinyBot.Teams.Protocol;
using ScrutinyBot.Teams.Tests.TestSupport;

namespace ScrutinyBot.Teams.Tests.Hosting;

public sealed class BotAdapterTests
{
    private readonly RecordingConnectorClient _connector = new();
    private readonly InMemoryConversationReferenceStore _references = new();

    [Fact]
    public async Task ProcessActivityAsync_AnyActivity_StoresConversationReference()
    {
        var sut = CreateSut(new DelegateBot((_, _) => Task.CompletedTask));

        await sut.ProcessActivityAsync(Activities.Message(conversationId: "c-7"), default);

        Assert.Equal("28:bot", _references.References["c-7"].Bot!.Id);
    }

    [Fact]
    public async Task ProcessActivityAsync_BotThrows_ApologisesWithCorrelationIdButNoExceptionText()
    {
        var sut = CreateSut(new DelegateBot((_, _) => throw new InvalidOperationException("secret database path /var/x")));

        await sut.ProcessActivityAsync(Activities.Message(), default);

        var apology = Assert.Single(_connector.Calls).Activity!.Text!;
        Assert.Matches("reference [0-9a-f]{8}", apology);
        Assert.DoesNotContain("secret", apology, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessActivityAsync_InvokeThrows_Answers500()
    {
        var invoke = Activities.Message();
        invoke.Type = ActivityTypes.Invoke;
        var sut = CreateSut(new DelegateBot((_, _) => throw new InvalidOperationException("boom")));

        var turn = await sut.ProcessActivityAsync(invoke, default);

        Assert.Equal(500, turn.InvokeResponse!.Status);
    }

    [Fact]
    public async Task ProcessActivityAsync_ApologyAlsoFails_DoesNotThrow()
    {
        _connector.FailWith = new HttpRequestException("down");
        var sut = CreateSut(new DelegateBot((_, _) => throw new InvalidOperationException("boom")));

        var turn = await sut.ProcessActivityAsync(Activities.Message(), default);

        Assert.NotNull(turn);
    }

    [Fact]
    public async Task ProcessActivityAsync_ConversationUpdateThrows_NoApologySent()
    {
        var update = Activities.Message();
        update.Type = ActivityTypes.ConversationUpdate;
        var sut = CreateSut(new DelegateBot((_, _) => throw new InvalidOperationException("boom")));

        await sut.ProcessActivityAsync(update, default);

        Assert.Empty(_connector.Calls);
    }

    private BotAdapter CreateSut(DelegateBot bot) => new(bot, _connector, _references, NullLogger<BotAdapter>.Instance);
}
