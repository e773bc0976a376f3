namespace ScrutinyBot.Core.Sources;

/// <summary>Who holds a site's sync lease, until when, and since when (null for a lease taken before that was kept).</summary>
public sealed record SourceLease(string Site, string Holder, DateTimeOffset Expires, DateTimeOffset? Claimed = null);
