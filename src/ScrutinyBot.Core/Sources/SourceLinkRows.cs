namespace ScrutinyBot.Core.Sources;

/// <summary>Turns the rows every engine reads for <see cref="ISourceLinkStore.FindAsync"/> (a document's name, the
/// address it was fetched from, the stored format) into links: a name that more than one address would fit is left
/// out rather than guessed.</summary>
public static class SourceLinkRows
{
    public static IReadOnlyDictionary<string, SourceLink> Resolve(IEnumerable<(string Source, string Url, string Format)> rows) =>
        rows
            .Select(r => (r.Source, Link: new SourceLink(r.Url, string.Equals(r.Format, "pdf", StringComparison.OrdinalIgnoreCase))))
            .GroupBy(f => f.Source, StringComparer.Ordinal)
            .Where(g => g.Select(f => f.Link.Url).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Link, StringComparer.Ordinal);
}
