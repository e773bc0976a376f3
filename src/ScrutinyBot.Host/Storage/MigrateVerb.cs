using System.CommandLine;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Host.Cli;
using ScrutinyBot.Storage.Postgres;
using ScrutinyBot.Storage.Postgres.Migration;

namespace ScrutinyBot.Host.Storage;

/// <summary><c>migrate</c>: copies the embedded SQLite store (Storage:DataDirectory) into the empty PostgreSQL store
/// (Storage:Postgres:ConnectionString): documents, chunks with their vectors, facts, subscriptions, the digest outbox,
/// conversation references, feedback and source progress. Then set Storage:Provider and Search:Provider to Postgres.</summary>
internal sealed class MigrateVerb(IServiceProvider services) : ICliVerb, ICliVerbDefinition
{
    public string Name => "migrate";

    public static Command CreateCommand() => new("migrate", "Copy the SQLite store (Storage:DataDirectory) into an empty PostgreSQL store (Storage:Postgres:ConnectionString).");

    public async Task<int> RunAsync(VerbArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Positionals.Count > 0)
        {
            throw new CliUsageException("migrate takes no arguments: it reads Storage:DataDirectory and writes Storage:Postgres:ConnectionString.");
        }

        var connection = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PostgresStorageOptions>>().Value.ConnectionString;
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new CliUsageException("set Storage:Postgres:ConnectionString (e.g. Storage__Postgres__ConnectionString=Host=db;Database=scrutinybot;...) to the database to fill.");
        }

        var copy = services.GetRequiredService<SqliteToPostgresCopy>();
        IReadOnlyList<(string Table, long Rows)> copied;
        try
        {
            copied = await copy.CopyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException and not StoreSchemaTooNewException)
        {
            await output.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }
        catch (Npgsql.NpgsqlException ex)
        {
            // A database that does not exist, a server that does not answer, a login refused: the copy is one
            // transaction, so nothing was written; the SQLite store is only read.
            await output.WriteLineAsync($"could not copy into PostgreSQL: {ex.Message} Nothing was copied; the SQLite store is unchanged.").ConfigureAwait(false);
            return 1;
        }

        foreach (var (table, rows) in copied)
        {
            await output.WriteLineAsync($"{table}: {rows} row(s)").ConfigureAwait(false);
        }

        await output.WriteLineAsync("copied into PostgreSQL; now run with Storage:Provider=Postgres and Search:Provider=Postgres.").ConfigureAwait(false);
        return 0;
    }
}
