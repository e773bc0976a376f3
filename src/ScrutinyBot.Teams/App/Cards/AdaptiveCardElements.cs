using System.Text.Json.Nodes;

namespace ScrutinyBot.Teams.App.Cards;

/// <summary>Builds Adaptive Card 1.5 elements as JSON (Teams renders up to 1.5). Every piece of text goes out as a
/// RichTextBlock of one TextRun, which Adaptive Cards never read as markdown: text from a paper (or a user) cannot put
/// a link, an image or formatting into the bot's message. Styles come from the element's properties only.</summary>
public static class AdaptiveCardElements
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    /// <param name="fallbackText">What clients that cannot render the card show; default: the card's first text.</param>
    /// <param name="speak">What a screen reader or voice client says; default: the fallback text.</param>
    public static JsonObject Card(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null, string? fallbackText = null, string? speak = null)
    {
        var elements = body.ToList();
        var fallback = TextClip.OneLine(fallbackText ?? FirstText(elements) ?? "ScrutinyBot", 400);
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["fallbackText"] = fallback,
            ["speak"] = TextClip.OneLine(speak ?? fallback, 600),
            ["body"] = new JsonArray([.. elements]),
        };
        var actionList = actions?.ToArray() ?? [];
        if (actionList.Length > 0)
        {
            card["actions"] = new JsonArray(actionList);
        }

        return card;
    }

    private static string? FirstText(IEnumerable<JsonNode> elements) =>
        elements.OfType<JsonObject>()
            .Select(e => e["inlines"] is JsonArray { Count: > 0 } inlines ? inlines[0]?["text"]?.GetValue<string>() : null)
            .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));

    /// <summary>Plain text (never markdown) in a style.</summary>
    public static JsonObject Text(string text, TextStyle style = TextStyle.Normal)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text };
        var block = new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray(run) };
        switch (style)
        {
            case TextStyle.Title:
                run["size"] = "Medium";
                run["weight"] = "Bolder";
                break;
            case TextStyle.Heading:
                run["weight"] = "Bolder";
                block["spacing"] = "Medium";
                break;
            case TextStyle.Subtle:
                run["isSubtle"] = true;
                run["size"] = "Small";
                block["spacing"] = "None";
                break;
            case TextStyle.Label:
                run["isSubtle"] = true;
                run["size"] = "Small";
                run["weight"] = "Bolder";
                run["color"] = "Accent";
                break;
            case TextStyle.Normal:
            default:
                break;
        }

        return block;
    }

    /// <summary>A bold term and its explanation on one line, both plain text (TextRuns are never read as markdown or
    /// HTML, so "&lt;date&gt;" shows as typed).</summary>
    public static JsonObject Term(string term, string explanation) => new()
    {
        ["type"] = "RichTextBlock",
        ["spacing"] = "Small",
        ["inlines"] = new JsonArray(
            new JsonObject { ["type"] = "TextRun", ["text"] = term, ["weight"] = "Bolder" },
            new JsonObject { ["type"] = "TextRun", ["text"] = " — " + explanation, ["isSubtle"] = true }),
    };

    /// <summary>A FactSet (whose titles and values Teams reads as markdown), with every markdown character escaped.</summary>
    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject
        {
            ["title"] = MarkdownText.Escape(f.Title),
            ["value"] = MarkdownText.Escape(f.Value),
        })]),
    };

    public static JsonObject Container(IEnumerable<JsonNode> items, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };
        if (separator)
        {
            container["separator"] = true;
            container["spacing"] = "Medium";
        }

        return container;
    }

    /// <summary>A button that reveals a card underneath (no round trip).</summary>
    public static JsonObject ShowCard(string title, IEnumerable<JsonNode> body) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray([.. body]) },
    };

    /// <summary>A button whose data arrives as a message activity's value.</summary>
    public static JsonObject Submit(string title, JsonObject data) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = data,
    };

    /// <summary>The key of a button's data that names the command it runs.</summary>
    public const string CommandKey = "command";

    /// <summary>A button that runs <paramref name="text"/> as if the user typed it: a plain Action.Submit whose data
    /// carries the command under <see cref="CommandKey"/>. Teams, the Agents Playground and Web Chat all send that data
    /// as the message's value, which the bot runs. (An msteams messageBack/imBack payload is not sent at all by the
    /// Playground 0.2.28: clicking such a button did nothing.)</summary>
    public static JsonObject SendText(string title, string text) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject
        {
            [CommandKey] = text,
        },
    };

    /// <summary>A Universal Action (invoke adaptiveCard/action) with Action.Submit as the fallback for older clients.</summary>
    public static JsonObject Execute(string title, string verb, JsonObject data) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["data"] = data,
        ["fallback"] = Submit(title, (JsonObject)data.DeepClone()),
    };

    /// <summary>A button that opens <paramref name="url"/> in the browser.</summary>
    public static JsonObject OpenUrl(string title, string url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = url,
    };

    public static JsonObject ActionSet(params JsonNode[] actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(actions),
    };
}
