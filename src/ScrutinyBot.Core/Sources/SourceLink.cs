namespace ScrutinyBot.Core.Sources;

/// <summary>Where a synced paper lives on the council's site.</summary>
/// <param name="IsPdf">True when the stored copy is a PDF, so a page can be linked with <c>#page=N</c>.</param>
public sealed record SourceLink(string Url, bool IsPdf)
{
    /// <summary>The address of <paramref name="page"/>: <c>#page=N</c> added for a PDF (replacing any fragment).</summary>
    public string ForPage(int page)
    {
        if (!IsPdf || page < 1)
        {
            return Url;
        }

        var hash = Url.IndexOf('#', StringComparison.Ordinal);
        return $"{(hash < 0 ? Url : Url[..hash])}#page={page}";
    }
}
