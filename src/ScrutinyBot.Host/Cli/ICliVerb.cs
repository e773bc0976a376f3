namespace ScrutinyBot.Host.Cli;

/// <summary>One command-line verb (ingest, ask, facts, digest...). Verbs write results to stdout, logs go to stderr.
/// The verb's arguments and options are declared by its <see cref="ICliVerbDefinition.CreateCommand"/>.</summary>
public interface ICliVerb
{
    /// <summary>The word typed after the program name (the name of the verb's command).</summary>
    string Name { get; }

    /// <returns>The process exit code (see <see cref="ExitCodes"/>).</returns>
    /// <exception cref="CliUsageException">The arguments parse but do not make sense (exit code 2 with usage).</exception>
    Task<int> RunAsync(VerbArguments arguments, TextWriter output, CancellationToken cancellationToken);
}
