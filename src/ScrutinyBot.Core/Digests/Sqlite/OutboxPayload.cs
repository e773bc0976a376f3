namespace ScrutinyBot.Core.Digests.Sqlite;

/// <summary>What digest_outbox.payload_json holds: where to post and what.</summary>
internal sealed record OutboxPayload(DigestTarget Target, Digest Digest);
