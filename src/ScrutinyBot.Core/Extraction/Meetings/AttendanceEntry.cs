namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>One person named in a minutes header or the apologies item, with what the minutes say about them.</summary>
internal sealed record AttendanceEntry(string Name, AttendanceStatus Status, string? Role, int LineIndex);
