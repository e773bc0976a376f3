namespace ScrutinyBot.Core.Sources;

/// <summary>Who holds a site's sync lease, and until when.</summary>
public sealed record SourceLease(string Site, string Holder, DateTimeOffset Expires);
