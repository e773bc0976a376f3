namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>A fetched resource: its bytes and validators, or NotModified for a conditional GET answered 304.</summary>
public sealed record ModernGovResponse(bool NotModified, byte[] Content, string? ETag, string? LastModified, string? ContentType);
