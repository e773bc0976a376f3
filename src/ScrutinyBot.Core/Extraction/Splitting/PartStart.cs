using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Extraction.Splitting;

/// <summary>Where a new part begins (after looking back for its heading lines), its kind and title.</summary>
internal sealed record PartStart(int Index, PartKind Kind, string Title);
