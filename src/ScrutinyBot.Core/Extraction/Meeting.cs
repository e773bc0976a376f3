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
}
