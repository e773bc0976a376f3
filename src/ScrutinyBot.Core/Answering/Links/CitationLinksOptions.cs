namespace ScrutinyBot.Core.Answering.Links;

/// <summary>Where the papers of a folder are published, so citations can link to them (at the page, for PDFs).</summary>
public sealed class CitationLinksOptions
{
    public const string SectionName = "Citations";

    /// <summary>Folders and the base URL each is published under. Default none: citations carry no link.</summary>
    public IList<FolderLink> Folders { get; } = [];
}
