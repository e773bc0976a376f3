using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Agenda;
using ScrutinyBot.Core.Extraction.Meetings;
using ScrutinyBot.Core.Extraction.Resolutions;
using ScrutinyBot.Core.Extraction.Splitting;
using ScrutinyBot.Core.Extraction.Text;
using ScrutinyBot.Core.Extraction.Trackers;
using ScrutinyBot.Core.Extraction.WorkProgramme;

namespace ScrutinyBot.Core.Extraction;

/// <summary>Splits a document into parts and runs the fact extractors over each part.</summary>
public sealed class DocumentExtractor(
    PackSplitter splitter,
    MeetingExtractor meetings,
    AttendanceExtractor attendance,
    ResolutionExtractor resolutions,
    TrackerExtractor trackers,
    WorkProgrammeExtractor workProgramme,
    AgendaItemExtractor agenda) : IDocumentExtractor
{
    public ExtractionResult Extract(string source, IReadOnlyList<PageText> pages)
    {
        var lines = LineCleaner.ToLines(pages);
        var parts = splitter.Split(lines);
        if (parts.Count == 0)
        {
            var page = pages.Count > 0 ? pages[0].Number : 1;
            return new ExtractionResult(new DocumentMetadata(null, null, null, source), [new DocumentPart(0, PartKind.Other, source, page, page, null, string.Empty)], DocumentFacts.Empty);
        }

        var found = meetings.Extract(source, parts);
        var main = found.FirstOrDefault(f => f.Part.Kind != PartKind.Minutes).Meeting ?? (found.Count > 0 ? found[0].Meeting : null);
        var contexts = parts.Select(p => Context(source, p, found, main)).ToList();
        var facts = new DocumentFacts(
            [.. found.Select(f => f.Meeting)],
            [.. contexts.SelectMany(attendance.Extract)],
            [.. contexts.SelectMany(agenda.Extract)],
            [.. contexts.SelectMany(resolutions.Extract)],
            [.. contexts.SelectMany(trackers.Extract)],
            [.. contexts.SelectMany(workProgramme.Extract)]);
        var metadata = new DocumentMetadata(main?.Council, main?.Committee, main?.Date, parts[0].Title);
        var documentParts = contexts.Select(c => new DocumentPart(c.Part.Ordinal, c.Part.Kind, c.Part.Title, c.Part.StartPage, c.Part.EndPage, c.MeetingDate, c.Part.Text)).ToList();
        return new ExtractionResult(metadata, documentParts, facts);
    }

    private static PartContext Context(string source, PackPart part, IReadOnlyList<(PackPart Part, Meeting Meeting)> found, Meeting? main)
    {
        var own = found.FirstOrDefault(f => ReferenceEquals(f.Part, part)).Meeting;
        var meeting = part.Kind == PartKind.Minutes ? own : main;
        return new PartContext(source, part, meeting?.Council ?? main?.Council, meeting?.Committee ?? main?.Committee, meeting?.Date);
    }
}
