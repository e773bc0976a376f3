using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Hosting;

/// <summary>The HTTP answer to an expectReplies request.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
