namespace ScrutinyBot.Core.Extraction;

public sealed record Meeting(
    string Source,
    string? Council,
    string? Committee,
    DateOnly Date,
    TimeOnly? Start,
    TimeOnly? End,
    string? Place,
    string? Chair,
    Evidence Evidence)
{
    /// <summary>Where the chair is named ("the Vice Chair, Councillor Michael Savage, chaired the meeting"), when that
    /// is not the line the meeting was read from.</summary>
    public Evidence? ChairEvidence { get; init; }

    /// <summary>Where the end is stated ("The meeting closed at 1:18pm"), when that is not the line the meeting was
    /// read from.</summary>
    public Evidence? EndEvidence { get; init; }

    /// <summary>The council site (a synced source's name) whose web service gave the committee, date, time and venue;
    /// null when they were read from the paper's text.</summary>
    public string? Site { get; init; }

    /// <summary>True when read from a report's cover ("To: Cabinet, 30 January 2025"): the meeting the report goes to,
    /// not a summons to it.</summary>
    public bool FromReportCover { get; init; }

    /// <summary>True when read from an agenda (a front sheet that summons the meeting): what was planned, not what happened.</summary>
    public bool IsFromAgenda => Evidence.Part.StartsWith("Agenda", StringComparison.OrdinalIgnoreCase);
}
