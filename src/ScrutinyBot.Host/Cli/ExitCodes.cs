namespace ScrutinyBot.Host.Cli;

/// <summary>The process exit codes, the same for every verb (listed in the README).</summary>
public static class ExitCodes
{
    /// <summary>Done (for `ask`: answered; for `--help`: usage printed).</summary>
    public const int Ok = 0;

    /// <summary>The verb ran but something failed or was not found (a file that did not ingest, a question not
    /// answered, a sync that stopped on an error, a digest not confirmed).</summary>
    public const int Failed = 1;

    /// <summary>The command line was not understood: the error and the usage go to stderr, nothing was done.</summary>
    public const int Usage = 2;

    /// <summary>The bot could not start serving (the port is taken), or a verb found the settings invalid.</summary>
    public const int StartupFailed = 3;

    /// <summary>Stopped by Ctrl+C before the verb finished.</summary>
    public const int Interrupted = 130;
}
