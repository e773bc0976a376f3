using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Storage;

/// <summary>Everything stored for one document; saved (or replaced) as one unit.</summary>
public sealed record DocumentToSave(
    string Source,
    string SourcePath,
    string ContentHash,
    string Format,
    IReadOnlyList<PageText> Pages,
    ExtractionResult Extraction,
    IReadOnlyList<Chunk> Chunks);
