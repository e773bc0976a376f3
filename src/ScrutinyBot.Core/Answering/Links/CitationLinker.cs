using Microsoft.Extensions.Options;

namespace ScrutinyBot.Core.Answering.Links;

/// <summary>Gives citations the address of the published paper, opened at the cited page when the paper has pages.
/// A citation that already carries an address (a paper fetched from a council's site) keeps it.</summary>
public sealed class CitationLinker(IOptions<CitationLinksOptions> options)
{
    private readonly IReadOnlyList<(string Folder, string BaseUrl)> _folders = [.. options.Value.Folders
        .Where(f => !string.IsNullOrWhiteSpace(f.Folder) && Uri.TryCreate(f.BaseUrl, UriKind.Absolute, out _))
        .Select(f => (Path.GetFullPath(f.Folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, f.BaseUrl.TrimEnd('/')))
        .OrderByDescending(f => f.Item1.Length)];

    /// <summary>False when no folder is mapped to a published address: nothing can be linked by folder.</summary>
    public bool MapsFolders => _folders.Count > 0;

    public Answer Link(Answer answer) =>
        _folders.Count == 0 || answer.Citations.Count == 0 ? answer : answer with { Citations = [.. answer.Citations.Select(Link)] };

    public Citation Link(Citation citation)
    {
        if (citation.Link is not null || citation.SourcePath is null || LinkFor(citation.SourcePath) is not { } link)
        {
            return citation;
        }

        return citation with { Link = citation.Paged ? $"{link}#page={citation.Page}" : link };
    }

    /// <summary>The published address of a file, or null when no configured folder holds it.</summary>
    public string? LinkFor(string sourcePath)
    {
        var full = Path.GetFullPath(sourcePath);
        foreach (var (folder, baseUrl) in _folders)
        {
            if (full.StartsWith(folder, StringComparison.Ordinal))
            {
                var relative = full[folder.Length..].Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString);
                return $"{baseUrl}/{string.Join('/', relative)}";
            }
        }

        return null;
    }
}
