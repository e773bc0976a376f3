using System.Text.Json.Nodes;

namespace ScrutinyBot.Teams.App.Search;

/// <summary>One result of the compose-box search: a card to insert and the short preview Teams lists.</summary>
public sealed record ComposeSearchResult(string Title, string Text, JsonObject Card);
