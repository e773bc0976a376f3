namespace ScrutinyBot.Core.Documents;

/// <summary>One part of a pack (agenda, minutes, a report, the tracker...) with the pages it spans.</summary>
/// <param name="Ordinal">Position of the part in the document, from 0.</param>
/// <param name="MeetingDate">The meeting the part is about (minutes: the meeting minuted), when known.</param>
public sealed record DocumentPart(
    int Ordinal,
    PartKind Kind,
    string Title,
    int StartPage,
    int EndPage,
    DateOnly? MeetingDate,
    string Text);
