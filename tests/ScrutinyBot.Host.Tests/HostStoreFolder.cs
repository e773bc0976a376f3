using Microsoft.Data.Sqlite;

namespace ScrutinyBot.Host.Tests;

/// <summary>Removes a test host's store folder once the host is gone.</summary>
internal static class HostStoreFolder
{
    public static void Delete(string folder)
    {
        SqliteConnection.ClearAllPools(); // pooled connections keep the store file open
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Nothing was written (DirectoryNotFoundException), or a file is still locked: left for the temp cleaner;
            // no test depends on it.
        }
    }
}
