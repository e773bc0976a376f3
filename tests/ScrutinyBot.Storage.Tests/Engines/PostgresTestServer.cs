using Npgsql;

namespace ScrutinyBot.Storage.Tests.Engines;

/// <summary>The PostgreSQL server the tests use: the connection string in SCRUTINYBOT_TEST_POSTGRES (scripts/test.sh
/// starts a throw-away cluster and sets it). Each test gets a database of its own, dropped afterwards. Without the
/// variable the PostgreSQL tests fail, saying how to start one; they are never skipped.</summary>
public static class PostgresTestServer
{
    public const string Variable = "SCRUTINYBOT_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: {Variable} is not set. Start a throw-away PostgreSQL 15 cluster on loopback with " +
                $"eval \"$(bash scripts/postgres-test-cluster.sh start)\" (scripts/test.sh does this; install PostgreSQL 15 with " +
                "scripts/prerequisites.sh), or set it to a connection string of a server where the user may create databases.");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "sb_" + Guid.NewGuid().ToString("N")[..20];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
