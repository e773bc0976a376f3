using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Agenda;
using ScrutinyBot.Core.Extraction.Meetings;
using ScrutinyBot.Core.Extraction.Recommendations;
using ScrutinyBot.Core.Extraction.Resolutions;
using ScrutinyBot.Core.Extraction.Splitting;
using ScrutinyBot.Core.Extraction.Text;
using ScrutinyBot.Core.Extraction.Titles;
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
    MinutesRecommendationExtractor minutesRecommendations,
    WorkProgrammeExtractor workProgramme,
    AgendaItemExtractor agenda) : IDocumentExtractor
{
    /// <summary>How far down a paper with no meeting header its committee's name is looked for.</summary>
    private const int OpeningLines = 8;

    public ExtractionResult Extract(string source, IReadOnlyList<PageText> pages)
    {
        var lines = LineCleaner.ToLines(pages);
        var parts = splitter.Split(lines);
        if (parts.Count == 0)
        {
            var page = pages.Count > 0 ? pages[0].Number : 1;
            var untitled = DocumentTitles.For(source, [], null, null, summoned: false);
            return new ExtractionResult(new DocumentMetadata(null, null, null, untitled), [new DocumentPart(0, PartKind.Other, source, page, page, null, string.Empty, untitled)], DocumentFacts.Empty);
        }

        // The council the paper names most, read once: for meetings whose header names none, and for the paper itself.
        var named = new Lazy<string?>(() => NamedCouncils.MostNamed([.. lines.Select(l => l.Text)]));
        var found = WithCouncilNamed(meetings.Extract(source, parts), named);
        var main = found.FirstOrDefault(f => f.Part.Kind != PartKind.Minutes).Meeting ?? (found.Count > 0 ? found[0].Meeting : null);
        // A tracker or work programme published on its own names its committee at the top, not in a meeting header.
        var opening = new Lazy<string?>(() => HeaderFields.Body(lines, OpeningLines).Committee);
        var contexts = parts.Select(p => Context(source, p, found, main, opening)).ToList();
        var titles = contexts.ToDictionary(c => c.Part, c => c.Title);
        var decided = contexts.Select(c => (Context: c, Decisions: resolutions.Read(c))).ToList();
        var tracked = contexts.SelectMany(trackers.Extract).ToList();
        var minuted = decided.SelectMany(d => minutesRecommendations.Extract(d.Context, d.Decisions)).ToList();
        var facts = new DocumentFacts(
            [.. found.Select(f => f.Meeting with
            {
                Evidence = f.Meeting.Evidence with { Part = titles[f.Part] },
                ChairEvidence = f.Meeting.ChairEvidence is { } chair ? chair with { Part = titles[f.Part] } : null,
                EndEvidence = f.Meeting.EndEvidence is { } end ? end with { Part = titles[f.Part] } : null,
            })],
            [.. contexts.SelectMany(attendance.Extract)],
            [.. contexts.SelectMany(agenda.Extract)],
            [.. decided.SelectMany(d => d.Decisions.Select(m => m.Resolution))],
            [.. tracked, .. MinutesRecommendationExtractor.WithoutTrackerRepeats(minuted, tracked)],
            [.. contexts.SelectMany(workProgramme.Extract)]);
        var summoned = found.Any(f => f.Part.Kind == PartKind.FrontSheet && ReferenceEquals(f.Part, parts[0]) && !f.Meeting.FromReportCover);
        var title = DocumentTitles.For(source, [.. contexts.Select(c => (c.Part.Kind, c.Title))], Named(parts), main, summoned);
        // A paper with no meeting header (a council's answers to members' questions, an appendix) is still its council's.
        var council = main?.Council ?? named.Value;
        var metadata = new DocumentMetadata(council, main?.Committee, main?.Date, title);
        var documentParts = contexts.Select(c => new DocumentPart(c.Part.Ordinal, c.Part.Kind, c.Part.Title, c.Part.StartPage, c.Part.EndPage, c.MeetingDate, c.Part.Text, c.Title)).ToList();
        return new ExtractionResult(metadata, documentParts, facts);
    }

    /// <summary>A meeting whose header names no council, or only "County Council", belongs to the council the paper
    /// names most (<see cref="NamedCouncils"/>) when that council is of the same kind.</summary>
    private static IReadOnlyList<(PackPart Part, Meeting Meeting)> WithCouncilNamed(IReadOnlyList<(PackPart Part, Meeting Meeting)> found, Lazy<string?> mostNamed)
    {
        if (!found.Any(f => NamedCouncils.IsGeneric(f.Meeting.Council)) || mostNamed.Value is not { } named)
        {
            return found;
        }

        return found.Select(f => NamedCouncils.IsGeneric(f.Meeting.Council) && NamedCouncils.IsOfKind(named, f.Meeting.Council)
            ? (f.Part, f.Meeting with { Council = named })
            : f).ToList();
    }

    /// <summary>The title the paper gives itself: a cover field of its first parts, the heading of a first part that
    /// is not a front sheet, or else of its first report.</summary>
    private static string? Named(IReadOnlyList<PackPart> parts) =>
        parts.Take(2).Select(p => TitleLabels.Read(p.Lines)).FirstOrDefault(t => t is not null) is not null
            ? parts.Take(2).Select(PartTitles.Named).First(t => t is not null)
            : (parts[0].Kind != PartKind.FrontSheet ? PartTitles.Named(parts[0]) : null)
                ?? parts.Where(p => p.Kind == PartKind.Report).Select(PartTitles.Named).FirstOrDefault(t => t is not null);

    private static PartContext Context(string source, PackPart part, IReadOnlyList<(PackPart Part, Meeting Meeting)> found, Meeting? main, Lazy<string?> opening)
    {
        var own = found.FirstOrDefault(f => ReferenceEquals(f.Part, part)).Meeting;
        var meeting = part.Kind == PartKind.Minutes ? own : main;
        var summons = part.Kind == PartKind.FrontSheet && own is not null && !own.FromReportCover;
        var committee = meeting?.Committee ?? main?.Committee
            ?? (part.Kind is PartKind.Tracker or PartKind.WorkProgramme ? opening.Value : null);
        return new PartContext(source, part, meeting?.Council ?? main?.Council, committee, meeting?.Date,
            PartTitles.For(part, meeting?.Date, summons));
    }
}
