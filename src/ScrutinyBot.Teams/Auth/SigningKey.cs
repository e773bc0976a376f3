using Microsoft.IdentityModel.Tokens;

namespace ScrutinyBot.Teams.Auth;

/// <summary>A published signing key and the channels it is endorsed for (Bot Connector keys carry endorsements).</summary>
public sealed record SigningKey(JsonWebKey Key, IReadOnlyList<string> Endorsements);
