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
    Evidence Evidence);
