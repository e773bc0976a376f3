using System.CommandLine;
using System.Globalization;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Digests;

/// <summary>`digest --as-of DATE [--subscription ID] --dry-run [--json]` prints what would be posted (with no
/// subscription: an unfiltered subscription that never had a digest, so every resolution is new);
/// `digest run` runs the scheduler once now (posts what is due and retries unsent digests); `digest run --force`
/// posts a digest to every active subscription now, due or not.</summary>
public sealed class DigestVerb(DigestComposer composer, DigestRunner runner, ISubscriptionStore subscriptions) : ICliVerb, ICliVerbDefinition
{
    public string Name => "digest";

    public static Command CreateCommand() => new("digest", "Print the digest that would be posted (--as-of DATE --dry-run), or `digest run` to post what is due now (--force: to every subscription). Exit code 1 when a post failed or is unconfirmed.")
    {
        new Argument<string[]>("run") { Description = "run: post what is due now", Arity = ArgumentArity.ZeroOrMore },
        new Option<string>("--as-of") { Description = "The digest's date", HelpName = "YYYY-MM-DD" },
        new Option<string>("--subscription") { Description = "Compose for this subscription (its committees and last digest)", HelpName = "ID" },
        new Option<bool>("--dry-run") { Description = "Print the digest, post nothing" },
        new Option<bool>("--json") { Description = "Print the digest as JSON" },
        new Option<bool>("--force") { Description = "With run: post to every active subscription, due or not" },
    };

    public async Task<int> RunAsync(VerbArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Positionals is ["run"])
        {
            var summary = arguments.Has("force")
                ? await runner.RunAllNowAsync(cancellationToken).ConfigureAwait(false)
                : await runner.RunDueAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Digest run: {summary.Queued} queued, {summary.Posted} posted, {summary.Failed} failed, {summary.Unknown} unconfirmed (not re-sent).")).ConfigureAwait(false);
            return summary.Failed + summary.Unknown > 0 ? 1 : 0;
        }

        if (arguments.Positionals.Count > 0 || !arguments.Has("dry-run"))
        {
            throw new CliUsageException("Use --dry-run to print a digest, or `digest run` to post what is due now.");
        }

        var asOfText = arguments.Option("as-of") ?? throw new CliUsageException("--as-of YYYY-MM-DD is required.");
        if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            throw new CliUsageException($"'{asOfText}' is not a date; write it as YYYY-MM-DD.");
        }

        IReadOnlyList<string> committees = [];
        DateTimeOffset? since = null;
        if (arguments.Option("subscription") is { } id)
        {
            var subscription = await subscriptions.GetAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new CliUsageException($"No subscription with id '{id}'.");
            committees = subscription.Committees;
            since = subscription.LastDigestAt;
        }

        var digest = await composer.ComposeAsync(asOf, committees, since, cancellationToken).ConfigureAwait(false);
        if (arguments.Has("json"))
        {
            await output.WriteLineAsync(DigestJson.Write(digest)).ConfigureAwait(false);
        }
        else
        {
            await DigestText.WriteAsync(output, digest).ConfigureAwait(false);
        }

        return 0;
    }
}
