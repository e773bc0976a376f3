using System.CommandLine;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Ingestion;

/// <summary><c>forget PATH|ID</c>: removes one document and everything extracted from it.</summary>
internal sealed class ForgetVerb(IIngestionPipeline pipeline) : ICliVerb, ICliVerbDefinition
{
    public string Name => "forget";

    public static Command CreateCommand() => new("forget", "Remove one document and everything extracted from it.")
    {
        new Argument<string[]>("PATH|ID") { Description = "The document's id, full path or file name", Arity = ArgumentArity.ZeroOrMore },
    };

    public async Task<int> RunAsync(VerbArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Positionals.Count == 0)
        {
            throw new CliUsageException("give the path, file name or id of the document to forget.");
        }

        var failed = 0;
        foreach (var key in arguments.Positionals)
        {
            var removed = await pipeline.ForgetAsync(key, cancellationToken).ConfigureAwait(false);
            if (removed is null)
            {
                failed++;
                await output.WriteLineAsync($"{key}: no single document matches: give its id or full path (a file name can match several).").ConfigureAwait(false);
            }
            else
            {
                await output.WriteLineAsync($"forgot {removed.Source} (id {removed.Id}, {removed.SourcePath}) and its facts.").ConfigureAwait(false);
            }
        }

        return failed > 0 ? 1 : 0;
    }
}
