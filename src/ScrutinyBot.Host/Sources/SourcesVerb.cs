using System.CommandLine;
using System.Globalization;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Sources;

/// <summary><c>sources status</c>: per site the last sync, counts, error and which instance holds its lease (is syncing it) since when; <c>sources sync [--site NAME]</c>: one
/// sync now, with progress. Exit code 1 when a sync stopped on an error or a paper failed.</summary>
internal sealed class SourcesVerb(SourceCatalog catalog, ISourceStateStore state, ISourceLeaseStore leases, TimeProvider timeProvider) : ICliVerb, ICliVerbDefinition
{
    public string Name => "sources";

    public static Command CreateCommand() => new("sources", "Council sites (Sources:ModernGov): `status` shows each site's last sync, counts, error and which instance is syncing it now; `sync` syncs now, with progress. Exit code 1 when a sync stopped on an error or a paper failed.")
    {
        new Argument<string[]>("status|sync") { Description = "status or sync", Arity = ArgumentArity.ZeroOrMore },
        new Option<string>("--site") { Description = "Only this site", HelpName = "NAME" },
    };

    public async Task<int> RunAsync(VerbArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var action = arguments.Positionals.Count == 1 ? arguments.Positionals[0].ToLowerInvariant() : string.Empty;
        if (action is not ("status" or "sync"))
        {
            throw new CliUsageException("say status or sync.");
        }

        if (catalog.Sources.Count == 0)
        {
            await output.WriteLineAsync("No sources configured: add a site under Sources:ModernGov:Sites (see the README).").ConfigureAwait(false);
            return 0;
        }

        var name = arguments.Option("site");
        var sources = name is null ? catalog.Sources : catalog.Find(name) is { } one ? [one] : [];
        if (sources.Count == 0)
        {
            throw new CliUsageException($"no site named '{name}'; configured: {string.Join(", ", catalog.Sources.Select(s => s.Name))}.");
        }

        return action == "status"
            ? await StatusAsync(sources, output, cancellationToken).ConfigureAwait(false)
            : await SyncAsync(sources, output, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> StatusAsync(IReadOnlyList<ISource> sources, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            var status = await state.GetStatusAsync(source.Name, cancellationToken).ConfigureAwait(false);
            var last = status.LastSync?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "never";
            await output.WriteLineAsync($"{status.Site}: last sync {last}, {status.Meetings} meeting(s), {status.Documents} paper(s)").ConfigureAwait(false);
            if (status.RunStarted is not null)
            {
                await output.WriteLineAsync($"  unfinished run started {status.RunStarted:yyyy-MM-dd HH:mm} UTC; the next sync resumes it").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"  {Describe(await leases.FindAsync(source.Name, cancellationToken).ConfigureAwait(false))}").ConfigureAwait(false);
            if (status.LastError is not null)
            {
                await output.WriteLineAsync($"  last error: {status.LastError}").ConfigureAwait(false);
            }

            if (status.LastReport is not null)
            {
                await output.WriteLineAsync($"  last run: {status.LastReport}").ConfigureAwait(false);
            }
        }

        return 0;
    }

    /// <summary>The lease line: who is syncing the site now and since when, or that nobody is (a lease past its expiry
    /// is a host that stopped without releasing it: the next sync takes it over).</summary>
    private string Describe(SourceLease? lease)
    {
        if (lease is null)
        {
            return "syncing now: nobody (no lease held)";
        }

        var since = lease.Claimed is { } claimed ? $" since {claimed:yyyy-MM-dd HH:mm:ss} UTC" : string.Empty;
        return lease.Expires > timeProvider.GetUtcNow()
            ? $"syncing now: {lease.Holder}{since}, lease until {lease.Expires:yyyy-MM-dd HH:mm:ss} UTC"
            : $"syncing now: nobody ({lease.Holder} held the lease{since} but it expired {lease.Expires:yyyy-MM-dd HH:mm:ss} UTC; the next sync takes it over)";
    }

    private static async Task<int> SyncAsync(IReadOnlyList<ISource> sources, TextWriter output, CancellationToken cancellationToken)
    {
        var code = 0;
        var progress = new SynchronousProgress(output);
        foreach (var source in sources)
        {
            var report = await source.SyncAsync(progress, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(report.ToString()).ConfigureAwait(false);
            code = report.Error is not null || report.Failed > 0 ? 1 : code;
        }

        return code;
    }
}
