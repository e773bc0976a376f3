using ScrutinyBot.Core.Retrieval.Facts;
using ScrutinyBot.Teams.App.Cards;

namespace ScrutinyBot.Teams.App.Commands;

/// <summary>Recommendations with no response whose deadline falls in the next <see cref="Days"/> days.</summary>
public sealed class DueSoonCommand(IFactQueries facts, CouncilClock clock) : ICommand
{
    /// <summary>The window "soon" means, the same as the digests' default (Digests:DueSoonDays).</summary>
    public const int Days = 14;

    public CommandDescriptor Descriptor => CommandCatalog.DueSoon;

    public bool Accepts(string arguments) => true;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var committee = CommitteeArgument.Normalise(request.Arguments);
        var asOf = clock.Today();
        var due = await facts.DueSoonAsync(asOf, Days, committee, cancellationToken).ConfigureAwait(false);
        var card = FactListCardBuilder.Build(
            committee is null ? "Responses due soon" : $"Responses due soon — {committee}",
            $"Deadlines from {UkDate.Format(asOf)} to {UkDate.Format(asOf.AddDays(Days))}",
            [new FactSection(null, [.. due.Select(r => FactItems.FromRecommendation(r, asOf))], $"No responses are due in the next {Days} days.")],
            committee is null ? Descriptor.Name : $"{Descriptor.Name} {committee}");
        return new CommandReply(card, $"{due.Count} due in the next {Days} days");
    }
}
