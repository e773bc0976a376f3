namespace ScrutinyBot.Teams.Tests.TestSupport;

/// <summary>One request the stand-in Connector received, with the (fake) time it arrived.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string Body, DateTimeOffset At);
