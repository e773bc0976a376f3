using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>IConversationReferenceStore: the latest reference per conversation.</summary>
public abstract class ConversationReferenceStoreContract : StoreContract
{
    [Fact]
    public async Task SaveAsync_Twice_KeepsTheLatest()
    {
        await Store.ConversationReferences.SaveAsync(Reference("c1", "https://smba.example/one/"), None);

        await Store.ConversationReferences.SaveAsync(Reference("c1", "https://smba.example/two/"), None);

        Assert.Equal("https://smba.example/two/", (await Store.ConversationReferences.FindAsync("c1", None))?.ServiceUrl);
        Assert.Null(await Store.ConversationReferences.FindAsync("c2", None));
    }

    [Fact]
    public async Task SaveAsync_NoConversationId_IsIgnored()
    {
        await Store.ConversationReferences.SaveAsync(new ConversationReference { ServiceUrl = "https://smba.example/" }, None);

        Assert.Null(await Store.ConversationReferences.FindAsync(string.Empty, None));
    }

    private static ConversationReference Reference(string conversation, string serviceUrl) =>
        new() { Conversation = new ConversationAccount { Id = conversation }, ServiceUrl = serviceUrl, ChannelId = "msteams" };
}
