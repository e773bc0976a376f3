using System.CommandLine;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Ingestion;

/// <summary><c>ingest PATH...</c>: ingests files and folders, one line per file, then the summary.
/// Exit code 1 when any file failed (the others still go in).</summary>
internal sealed class IngestVerb(IIngestionPipeline pipeline) : ICliVerb, ICliVerbDefinition
{
    public string Name => "ingest";

    public static Command CreateCommand() => new("ingest", "Ingest papers (PDF, Word, HTML, text; folders recursively). Exit code 1 when a file failed (the others still go in).")
    {
        new Argument<string[]>("PATH") { Description = "Files or folders to ingest", Arity = ArgumentArity.ZeroOrMore },
    };

    public async Task<int> RunAsync(VerbArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Positionals.Count == 0)
        {
            throw new CliUsageException("give at least one file or folder to ingest.");
        }

        var progress = new ConsoleIngestionProgress(output);
        var summary = await pipeline.IngestAsync(arguments.Positionals, progress, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(summary.ToString()).ConfigureAwait(false);
        return summary.Failed > 0 ? 1 : 0;
    }
}
