namespace ScrutinyBot.Core.Extraction;

/// <param name="Role">What the minutes say about the person (e.g. "Chair", "Director of Education"), when given.</param>
public sealed record Attendance(
    string Source,
    string? Committee,
    DateOnly MeetingDate,
    string Name,
    AttendanceStatus Status,
    string? Role,
    Evidence Evidence);
