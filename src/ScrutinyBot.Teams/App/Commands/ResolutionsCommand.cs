using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.Facts;
using ScrutinyBot.Teams.App.Cards;

namespace ScrutinyBot.Teams.App.Commands;

/// <summary>Resolutions, newest meeting first: "resolutions [committee] [since &lt;date&gt;]".</summary>
public sealed partial class ResolutionsCommand(IFactQueries facts) : ICommand
{
    public CommandDescriptor Descriptor => CommandCatalog.Resolutions;

    public bool Accepts(string arguments) => true;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var split = Since().Match(request.Arguments);
        var committee = CommitteeArgument.Normalise(split.Success ? request.Arguments[..split.Index] : request.Arguments);
        DateOnly? since = null;
        if (split.Success)
        {
            var dateText = request.Arguments[(split.Index + split.Length)..];
            if (!UkDate.TryParse(dateText, out var date))
            {
                return UsageReply(dateText);
            }

            since = date;
        }

        var resolutions = await facts.ResolutionsAsync(committee, since, cancellationToken).ConfigureAwait(false);
        var subtitle = FactItems.Join(" · ", committee, since is { } from ? $"since {UkDate.Format(from)}" : null);
        var card = FactListCardBuilder.Build(
            "Resolutions",
            subtitle,
            [new FactSection(null, [.. resolutions.Select(FactItems.FromResolution)], "I found no resolutions for that.")],
            $"{Descriptor.Name} {request.Arguments}".Trim());
        return new CommandReply(card, $"{resolutions.Count} resolutions");
    }

    private static CommandReply UsageReply(string dateText) => new(
        MessageCardBuilder.Build(
            "I couldn't read that date",
            $"“{TextClip.OneLine(dateText, 60)}” is not a date I understand.",
            "Try: resolutions CYP since 15 January 2025 (or 15/01/2025, or 2025-01-15)."),
        "I couldn't read that date");

    [GeneratedRegex(@"(?:^|\s)since\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Since();
}
