namespace ScrutinyBot.Core.Digests;

/// <summary>Where a digest goes: a conversation and its stored reference (opaque JSON owned by the Teams layer).</summary>
public sealed record DigestTarget(string ConversationId, string ReferenceJson);
