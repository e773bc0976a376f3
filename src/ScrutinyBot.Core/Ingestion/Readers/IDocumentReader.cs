using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Turns the bytes of one file format into pages of text.</summary>
public interface IDocumentReader
{
    /// <summary>The format name stored with the document (pdf, text, html, docx).</summary>
    string Format { get; }

    /// <summary>File extensions this reader handles, with the dot, lower case.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Reads the pages, numbered from 1.</summary>
    /// <exception cref="DocumentReadException">The content is not a readable paper of this format.</exception>
    IReadOnlyList<PageText> Read(string fileName, byte[] content);
}
