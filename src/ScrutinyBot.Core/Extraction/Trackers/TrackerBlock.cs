namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>One row of a recommendation tracker: a meeting's topic, its dates, its items and the responses read.</summary>
internal sealed class TrackerBlock
{
    public required DateOnly? MeetingDate { get; init; }

    public required string? Topic { get; init; }

    public required DateOnly? Issued { get; init; }

    public required DateOnly? Deadline { get; init; }

    public required int StartLine { get; init; }

    public List<TrackerItem> Items { get; } = [];

    public List<TrackerResponse> Responses { get; } = [];

    public List<string> Shared { get; } = [];

    public bool HasNumberedResponses => Responses.Any(r => r.Number is not null);

    public int MaxExplicit => Items.Where(i => i.Explicit).Select(i => i.Number).DefaultIfEmpty(0).Max();
}
