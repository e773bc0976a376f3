using System.Text.Json.Nodes;
using ScrutinyBot.Teams.App.Commands;
using static ScrutinyBot.Teams.App.Cards.AdaptiveCardElements;

namespace ScrutinyBot.Teams.App.Cards;

/// <summary>The welcome card (sent when the bot is added) and the help card: what the bot does and its commands.</summary>
public static class HelpCardBuilder
{
    public const string Purpose =
        "I read your council's scrutiny agenda packs and minutes, answer questions about them with citations, " +
        "track recommendations to the executive and their deadlines, and can post a regular digest here.";

    public static JsonObject Welcome(bool inChannel) => Build(
        "Hello, I'm ScrutinyBot",
        inChannel ? "In a channel or group chat, @mention me with a question or a command." : "Type a question, or one of these commands.",
        note: null);

    /// <param name="unknown">The "/word" the user typed that is not a command, if that is why help is shown.</param>
    public static JsonObject Help(string? unknown) => Build(
        "What I can do",
        "Type a question in plain English, or one of these commands (with or without a leading /).",
        unknown is null ? null : $"I don't know the command “{TextClip.OneLine(unknown, 60)}”.");

    private static JsonObject Build(string title, string intro, string? note)
    {
        var body = new List<JsonNode> { Text(title, TextStyle.Title) };
        if (note is not null)
        {
            body.Add(Text(note));
        }

        body.Add(Text(Purpose));
        body.Add(Text(intro, TextStyle.Subtle));
        // TextRuns, not a FactSet: Teams reads FactSet text as markdown and drops "<date>" as an HTML tag.
        body.AddRange(CommandCatalog.All.Select(c => (JsonNode)Term(c.Usage, c.Description)));
        body.Add(Text("Try: “who chaired the November 2024 meeting?”", TextStyle.Subtle));
        return Card(body,
        [
            SendText("Overdue", CommandCatalog.Overdue.Name),
            SendText("Due soon", CommandCatalog.DueSoon.Name),
            SendText("Next meeting", CommandCatalog.NextMeeting.Name),
        ]);
    }
}
