using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Storage.Tests.MultiInstance;

/// <summary>Reads ".gated" text files, each page a paragraph, but only once <see cref="Open"/> is set: an ingester that
/// is part-way through a file for as long as the test wants.</summary>
internal sealed class GatedTextReader : IDocumentReader
{
    public ManualResetEventSlim Open { get; } = new(initialState: false);

    /// <summary>Set when a read has started (the ingester holds the file).</summary>
    public TaskCompletionSource Reading { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Format => "text";

    public IReadOnlyCollection<string> Extensions { get; } = [".gated"];

    public IReadOnlyList<PageText> Read(string fileName, byte[] content)
    {
        Reading.TrySetResult();
        if (!Open.Wait(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException("The test never let the read finish.");
        }

        return [new PageText(1, System.Text.Encoding.UTF8.GetString(content))];
    }
}
