using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Retrieval.Chunking;

/// <summary>Cuts a document into retrievable chunks along its parts (a chunk never spans two parts) and, within
/// minutes, along agenda items; each chunk is about 800-1,200 characters, cut at paragraph or sentence ends, with
/// some overlap, and carries its source, part, item title, starting page, meeting date, committee and council.</summary>
public sealed class DocumentChunker
{
    public const int MinChars = 800;
    public const int MaxChars = 1200;
    public const int OverlapChars = 150;

    public IReadOnlyList<Chunk> Split(string source, IReadOnlyList<PageText> pages, ExtractionResult extraction)
    {
        var chunks = new List<Chunk>();
        var metadata = extraction.Metadata;
        foreach (var part in extraction.Parts)
        {
            var offsets = PartPageMap.Build(part, pages);
            var sections = part.Kind == PartKind.Minutes ? ItemSections.Find(part.Text) : [new ItemSection(null, 0, part.Text.Length)];
            foreach (var section in sections)
            {
                foreach (var (start, packed) in TextPacker.Pack(part.Text, section.Start, section.End, MinChars, MaxChars, OverlapChars))
                {
                    var text = BlankPageNotice.Without(packed);
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        continue;
                    }

                    chunks.Add(new Chunk(
                        source,
                        part.Ordinal,
                        part.Kind,
                        part.Title,
                        section.Title,
                        offsets.PageAt(start),
                        part.MeetingDate ?? metadata.MeetingDate,
                        metadata.Committee,
                        metadata.Council,
                        text));
                }
            }
        }

        return chunks;
    }
}
