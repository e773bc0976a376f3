namespace ScrutinyBot.StandIns;

/// <summary><c>dotnet run --project tests/ScrutinyBot.ModernGovStandIn -- --site demo/moderngov-site.json [--port 8089]</c>:
/// serves the described papers (paths relative to the working directory) as a council's ModernGov site on 127.0.0.1
/// until stopped (Ctrl+C).</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var site = Option(args, "--site");
        if (site is null || !int.TryParse(Option(args, "--port") ?? "8089", out var port))
        {
            await Console.Error.WriteLineAsync("usage: --site FILE.json [--port N]   (serves on 127.0.0.1 only)").ConfigureAwait(false);
            return 2;
        }

        var description = SampleSite.Read(site);
        await using var standIn = await ModernGovStandIn.StartAsync(port).ConfigureAwait(false);
        description.LoadInto(standIn, Environment.CurrentDirectory);
        var meetings = standIn.Meetings.Values.Sum(m => m.Count);
        Console.WriteLine($"ModernGov stand-in on {standIn.BaseUrl}: {standIn.Committees.Count} committee(s), {meetings} meeting(s), {standIn.Files.Count} paper(s)");
        await standIn.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
