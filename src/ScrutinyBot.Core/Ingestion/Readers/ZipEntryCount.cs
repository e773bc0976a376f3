using System.Buffers.Binary;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Reads a zip's entry count from its end-of-central-directory record, without reading the directory itself
/// (so a zip claiming millions of entries costs nothing to refuse).</summary>
internal static class ZipEntryCount
{
    private const uint EndOfCentralDirectorySignature = 0x06054b50;
    private const int EndRecordLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;

    /// <returns>The total entry count (65,535 means "that many or more", as zip64 writes), or null when the record is
    /// not found (not a zip; the zip reader then says so).</returns>
    public static int? Read(ReadOnlySpan<byte> content)
    {
        var earliest = Math.Max(0, content.Length - EndRecordLength - MaxCommentLength);
        for (var at = content.Length - EndRecordLength; at >= earliest; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(content[at..]) == EndOfCentralDirectorySignature)
            {
                return BinaryPrimitives.ReadUInt16LittleEndian(content[(at + 10)..]);
            }
        }

        return null;
    }
}
