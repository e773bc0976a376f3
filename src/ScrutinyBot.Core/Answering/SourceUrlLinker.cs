using ScrutinyBot.Core.Sources;

namespace ScrutinyBot.Core.Answering;

/// <summary>Gives each citation of a paper a source fetched the paper's address on the council's site
/// (<c>#page=N</c> for a PDF), so a reader can open the original.</summary>
public sealed class SourceUrlLinker(ISourceLinkStore links)
{
    public async Task<Answer> LinkAsync(Answer answer, CancellationToken cancellationToken)
    {
        if (answer.Citations.Count == 0)
        {
            return answer;
        }

        var found = await links.FindAsync(answer.Citations.Select(c => c.Source).ToList(), cancellationToken).ConfigureAwait(false);
        return found.Count == 0
            ? answer
            : answer with
            {
                Citations = answer.Citations
                    .Select(c => found.TryGetValue(c.Source, out var link) ? c with { SourceUrl = link.ForPage(c.Page) } : c)
                    .ToList(),
            };
    }
}
