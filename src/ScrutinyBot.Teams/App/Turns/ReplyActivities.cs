using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.App.Commands;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.App.Turns;

/// <summary>Turns a command's card into the reply activity; answers written by a model carry Teams' AI label entity.</summary>
public static class ReplyActivities
{
    public static Activity Card(Activity inbound, CommandReply reply)
    {
        var message = inbound.CreateReply();
        message.Summary = reply.Summary;
        message.Attachments = [new Attachment { ContentType = AdaptiveCardElements.ContentType, Content = reply.Card }];
        if (reply.Answer is { AiGenerated: true })
        {
            message.Entities = [AiGeneratedEntity()];
        }

        return message;
    }

    /// <summary>The schema.org Message entity that makes Teams show its "AI generated" label.</summary>
    public static Entity AiGeneratedEntity() => new()
    {
        Type = "https://schema.org/Message",
        Properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
            ["additionalType"] = new[] { "AIGeneratedContent" },
        },
    };
}
