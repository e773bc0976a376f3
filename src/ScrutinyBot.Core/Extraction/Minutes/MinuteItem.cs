namespace ScrutinyBot.Core.Extraction.Minutes;

/// <summary>One numbered item of a set of minutes: "23 Nottingham City Safeguarding Children Partnership Annual Report".</summary>
/// <param name="HeadingIndex">Index of the heading line in the part.</param>
/// <param name="EndIndex">Index just past the item's last line.</param>
internal sealed record MinuteItem(string Number, string Title, int HeadingIndex, int EndIndex);
