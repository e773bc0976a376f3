namespace ScrutinyBot.StandIns;

/// <summary>A meeting of a described site: its id, dd/MM/yyyy date and papers.</summary>
internal sealed record SampleMeeting(string Id, string Date, IReadOnlyList<SamplePaper> Papers);
