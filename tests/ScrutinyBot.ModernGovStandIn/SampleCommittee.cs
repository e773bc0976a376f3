namespace ScrutinyBot.StandIns;

/// <summary>A committee of a described site, with its meetings.</summary>
internal sealed record SampleCommittee(string Id, string Title, IReadOnlyList<SampleMeeting> Meetings);
