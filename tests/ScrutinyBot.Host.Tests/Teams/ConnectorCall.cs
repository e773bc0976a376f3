using System.Text.Json.Nodes;

namespace ScrutinyBot.Host.Tests.Teams;

/// <summary>One request the bot made to the stand-in Connector.</summary>
internal sealed record ConnectorCall(string Method, string Path, JsonObject? Body);
