using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Splitting;

/// <summary>
/// Splits an agenda pack (or a set of minutes, or a single report) into parts: the front sheet and agenda,
/// minutes of earlier meetings, each report, the recommendation tracker, the work programme and appendices.
/// </summary>
public sealed class PackSplitter
{
    private readonly PartBoundaryDetector detector = new();

    internal IReadOnlyList<PackPart> Split(IReadOnlyList<SourceLine> lines)
    {
        var opening = lines.Count > 0 ? detector.Detect(lines, 0, -1) : null;
        var starts = new List<PartStart> { opening is null ? new(0, PartKind.FrontSheet, "Front sheet") : opening with { Index = 0 } };
        for (var i = 1; i < lines.Count; i++)
        {
            var current = starts[^1];
            // Title lines above the first heading (the council's name over its minutes) may join the part below them.
            var floor = starts.Count == 1 && opening is null ? -1 : current.Index;
            var found = detector.Detect(lines, i, floor);
            if (found is null || IsSamePart(current, found, i))
            {
                continue;
            }

            if (found.Index <= current.Index)
            {
                starts[^1] = current with { Kind = found.Kind, Title = found.Title };
                continue;
            }

            starts.Add(found);
        }

        var parts = new List<PackPart>();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1].Index : lines.Count;
            var slice = lines.Skip(starts[s].Index).Take(end - starts[s].Index).ToList();
            if (slice.Any(l => !l.IsBlank))
            {
                parts.Add(new PackPart(parts.Count, starts[s].Kind, starts[s].Title, slice));
            }
        }

        if (parts.Count > 0 && parts[0].Kind == PartKind.FrontSheet)
        {
            parts[0] = parts[0] with { Title = FrontSheetTitle(parts[0]) };
        }

        return parts;
    }

    private static bool IsSamePart(PartStart current, PartStart found, int index) =>
        found.Kind == current.Kind
        && (found.Kind is PartKind.WorkProgramme or PartKind.Tracker
            || string.Equals(found.Title, current.Title, StringComparison.OrdinalIgnoreCase)
            || index - current.Index <= 4);

    private static string FrontSheetTitle(PackPart part)
    {
        foreach (var line in part.Lines.Take(30))
        {
            var (council, committee) = CouncilNames.Read(line.Plain);
            if (committee is not null)
            {
                return council is null ? committee : $"{council} {committee}";
            }
        }

        return "Front sheet";
    }
}
