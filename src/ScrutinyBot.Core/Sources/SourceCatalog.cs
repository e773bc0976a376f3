namespace ScrutinyBot.Core.Sources;

/// <summary>Every configured source, in configuration order.</summary>
public sealed class SourceCatalog(IEnumerable<ISource> sources)
{
    public IReadOnlyList<ISource> Sources { get; } = sources.ToList();

    public ISource? Find(string name) =>
        Sources.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
