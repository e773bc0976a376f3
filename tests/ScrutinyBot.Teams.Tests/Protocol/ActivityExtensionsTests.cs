using ScrutinyBot.Teams.Protocol;
using ScrutinyBot.Teams.Tests.TestSupport;

namespace ScrutinyBot.Teams.Tests.Protocol;

public sealed class ActivityExtensionsTests
{
    [Fact]
    public void RemoveRecipientMention_BotMentionedWithNbsp_LeavesCommand()
    {
        var sut = Activities.Message("<at>Scrutiny Bot</at>&nbsp;overdue   Health  ");
        sut.Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount("28:bot"), Text = "<at>Scrutiny Bot</at>" }];

        var text = sut.RemoveRecipientMention();

        Assert.Equal("overdue   Health", text);
        Assert.Equal(text, sut.Text);
    }

    [Fact]
    public void RemoveRecipientMention_OtherUserMentioned_KeepsTheirMention()
    {
        var sut = Activities.Message("<at>Bot</at> ask about <at>Ada</at>");
        sut.Entities =
        [
            new Entity { Type = "mention", Mentioned = new ChannelAccount("28:bot"), Text = "<at>Bot</at>" },
            new Entity { Type = "mention", Mentioned = new ChannelAccount("29:ada"), Text = "<at>Ada</at>" },
        ];

        Assert.Equal("ask about <at>Ada</at>", sut.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_HtmlEntities_Decoded() =>
        Assert.Equal("Q&A <today>", Activities.Message("Q&amp;A &lt;today&gt;").RemoveRecipientMention());

    [Fact]
    public void MentionsRecipient_OnlyOtherMentions_False()
    {
        var sut = Activities.Message("<at>Ada</at> hi");
        sut.Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount("29:ada"), Text = "<at>Ada</at>" }];

        Assert.False(sut.MentionsRecipient());
    }

    [Fact]
    public void CreateReply_Message_SwapsAddressesAndRepliesToIt()
    {
        var inbound = Activities.Message();

        var sut = inbound.CreateReply("answer");

        Assert.Equal(ActivityTypes.Message, sut.Type);
        Assert.Equal("28:bot", sut.From!.Id);
        Assert.Equal("29:user", sut.Recipient!.Id);
        Assert.Equal("in-1", sut.ReplyToId);
        Assert.Equal(inbound.Conversation!.Id, sut.Conversation!.Id);
        Assert.Equal(inbound.ServiceUrl, sut.ServiceUrl);
        Assert.Equal("answer", sut.Text);
    }

    [Fact]
    public void IsBotAdded_ConversationUpdateAddingBot_True()
    {
        var sut = Activities.Message();
        sut.Type = ActivityTypes.ConversationUpdate;
        sut.MembersAdded = [new ChannelAccount("29:user"), new ChannelAccount("28:bot")];

        Assert.True(sut.IsBotAdded());
    }

    [Fact]
    public void IsBotAdded_ConversationUpdateAddingUserOnly_False()
    {
        var sut = Activities.Message();
        sut.Type = ActivityTypes.ConversationUpdate;
        sut.MembersAdded = [new ChannelAccount("29:other")];

        Assert.False(sut.IsBotAdded());
    }

    [Theory]
    [InlineData("add", true)]
    [InlineData("add-upgrade", true)]
    [InlineData("remove", false)]
    [InlineData("remove-upgrade", false)]
    public void IsBotAdded_InstallationUpdate_DependsOnAction(string action, bool expected)
    {
        var sut = Activities.Message();
        sut.Type = ActivityTypes.InstallationUpdate;
        sut.Action = action;

        Assert.Equal(expected, sut.IsBotAdded());
    }

    [Fact]
    public void IsBotAdded_Message_False() => Assert.False(Activities.Message().IsBotAdded());
}
