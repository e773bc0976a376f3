using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>The minute a resolution was made under: its paper, meeting date, minute number and item. The points of
/// one decision share it.</summary>
public readonly record struct MinuteKey(string Source, DateOnly Date, string? Minute, string? Item)
{
    public static MinuteKey Of(Resolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        return new MinuteKey(resolution.Source, resolution.MeetingDate, resolution.MinuteNumber, resolution.Item);
    }
}
