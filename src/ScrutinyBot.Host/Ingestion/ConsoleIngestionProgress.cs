using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Host.Ingestion;

/// <summary>Writes one line per file as it is done ("[3/40] added x.pdf (...)"), synchronously so lines keep their order.</summary>
internal sealed class ConsoleIngestionProgress(TextWriter output) : IProgress<IngestionProgress>
{
    public void Report(IngestionProgress value)
    {
        var status = value.Outcome.Status == Core.Ingestion.IngestionStatus.Failed ? "FAILED " : string.Empty;
        output.WriteLine($"[{value.Done}/{value.Total}] {status}{value.Outcome.Message}");
    }
}
