namespace ScrutinyBot.Host.Cli;

/// <summary>The command line was not understood; the message says what to type instead.</summary>
public sealed class CliUsageException(string message) : Exception(message);
