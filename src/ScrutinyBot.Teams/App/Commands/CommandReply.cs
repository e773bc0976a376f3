using System.Text.Json.Nodes;
using ScrutinyBot.Core.Answering;

namespace ScrutinyBot.Teams.App.Commands;

/// <summary>What a command answers: an Adaptive Card and a one-line summary (notifications, logs, text-only clients).</summary>
/// <param name="Answer">The answer the card shows, when it is one (for the AI label and citation entities).</param>
public sealed record CommandReply(JsonObject Card, string Summary, Answer? Answer = null);
