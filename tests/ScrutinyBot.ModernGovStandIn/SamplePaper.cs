namespace ScrutinyBot.StandIns;

/// <summary>A paper of a described site: its attachment id, title and the file served for it.</summary>
internal sealed record SamplePaper(string Id, string Title, string File);
