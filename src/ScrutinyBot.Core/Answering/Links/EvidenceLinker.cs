using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Links;

/// <summary>Gives every fact's evidence the published paper's address, the way answers' citations get theirs: the
/// council's site address of a synced paper (<see cref="ISourceLinkStore"/>, <c>#page=N</c> for a PDF), else the
/// folder mapping (<see cref="CitationLinker"/>), else none.</summary>
public sealed class EvidenceLinker(ISourceLinkStore links, CitationLinker folders)
{
    public async Task<FactSet> LinkAsync(FactSet set, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var sources = set.Documents.Select(d => d.Source).ToList();
        var found = sources.Count == 0
            ? new Dictionary<string, SourceLink>()
            : await links.FindAsync(sources, cancellationToken).ConfigureAwait(false);
        var facts = set.Facts;
        Evidence Link(Evidence e) => e with { Link = LinkFor(e, found) };
        return set with
        {
            Facts = new DocumentFacts(
                [.. facts.Meetings.Select(m => m with { Evidence = Link(m.Evidence), ChairEvidence = m.ChairEvidence is null ? null : Link(m.ChairEvidence) })],
                [.. facts.Attendance.Select(a => a with { Evidence = Link(a.Evidence) })],
                [.. facts.AgendaItems.Select(i => i with { Evidence = Link(i.Evidence) })],
                [.. facts.Resolutions.Select(r => r with { Evidence = Link(r.Evidence) })],
                [.. facts.Recommendations.Select(r => r with { Evidence = Link(r.Evidence) })],
                [.. facts.WorkProgramme.Select(w => w with { Evidence = Link(w.Evidence) })]),
        };
    }

    private string? LinkFor(Evidence evidence, IReadOnlyDictionary<string, SourceLink> found)
    {
        if (found.TryGetValue(evidence.Source, out var link))
        {
            return link.ForPage(evidence.Page);
        }

        if (evidence.Paper is not { } paper || folders.LinkFor(paper.SourcePath) is not { } published)
        {
            return null;
        }

        return paper.Paged ? $"{published}#page={evidence.Page}" : published;
    }
}
