using System.Collections.Concurrent;

namespace ScrutinyBot.Storage.Tests.MultiInstance;

/// <summary>What Teams would have received, from every instance: one entry per post.</summary>
internal sealed class PostLog
{
    public ConcurrentQueue<(string Instance, string ConversationId)> Posts { get; } = new();
}
