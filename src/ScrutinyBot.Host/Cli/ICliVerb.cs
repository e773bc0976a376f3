namespace ScrutinyBot.Host.Cli;

/// <summary>One command-line verb (ingest, ask, facts, digest...). Verbs write results to stdout, logs go to stderr.</summary>
public interface ICliVerb
{
    /// <summary>The word typed after the program name.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Usage { get; }

    /// <summary>Options that take no value, without dashes (e.g. "json").</summary>
    IReadOnlySet<string> Flags { get; }

    /// <returns>The process exit code.</returns>
    Task<int> RunAsync(VerbArguments arguments, TextWriter output, CancellationToken cancellationToken);
}
