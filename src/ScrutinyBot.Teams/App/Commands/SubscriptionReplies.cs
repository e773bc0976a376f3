using ScrutinyBot.Core.Digests;
using ScrutinyBot.Teams.App.Cards;

namespace ScrutinyBot.Teams.App.Commands;

/// <summary>Renders what the digests answered to a subscription command.</summary>
public static class SubscriptionReplies
{
    public static CommandReply ToReply(SubscriptionReply reply) =>
        new(MessageCardBuilder.Build(reply.Title, reply.Lines), reply.Title);
}
