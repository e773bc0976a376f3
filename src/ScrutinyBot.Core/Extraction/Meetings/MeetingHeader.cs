namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>What a front sheet, minutes header or report cover says about a meeting.</summary>
/// <param name="LineIndex">The line (in its part) that gave the date, for the evidence.</param>
internal sealed record MeetingHeader(
    string? Council,
    string? Committee,
    DateOnly? Date,
    TimeOnly? Start,
    TimeOnly? End,
    string? Place,
    string? Chair,
    int LineIndex)
{
    /// <summary>The line (in its part) that names the chair, when one does.</summary>
    public int? ChairLineIndex { get; init; }

    /// <summary>The line (in its part) that says when the meeting closed, when another line than the date's does.</summary>
    public int? EndLineIndex { get; init; }
}
