namespace ScrutinyBot.Core.Documents;

/// <summary>One part of a pack (agenda, minutes, a report, the tracker...) with the pages it spans.</summary>
/// <param name="DisplayTitle">The title a reader sees ("Minutes, 13 November 2024", "Recommendation tracker").</param>
/// <param name="Ordinal">Position of the part in the document, from 0.</param>
/// <param name="Title">The heading the part was found by (searched with its text).</param>
/// <param name="MeetingDate">The meeting the part is about (minutes: the meeting minuted), when known.</param>
public sealed record DocumentPart(
    int Ordinal,
    PartKind Kind,
    string Title,
    int StartPage,
    int EndPage,
    DateOnly? MeetingDate,
    string Text,
    string? DisplayTitle = null)
{
    /// <summary>The title citations show: <see cref="DisplayTitle"/> when set at ingest, else the heading.</summary>
    public string ShownTitle => string.IsNullOrWhiteSpace(DisplayTitle) ? Title : DisplayTitle;
}
