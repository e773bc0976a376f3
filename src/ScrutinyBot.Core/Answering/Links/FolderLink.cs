namespace ScrutinyBot.Core.Answering.Links;

/// <summary>One folder of papers and the address it is published under: a paper at
/// <c>{Folder}/2025/pack.pdf</c> links to <c>{BaseUrl}/2025/pack.pdf#page=N</c>.</summary>
public sealed class FolderLink
{
    /// <summary>The folder ingested (absolute, or relative to the working directory).</summary>
    public string Folder { get; set; } = string.Empty;

    /// <summary>The absolute http(s) URL the folder's files are published under.</summary>
    public string BaseUrl { get; set; } = string.Empty;
}
