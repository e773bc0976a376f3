using ScrutinyBot.Core.Retrieval.Facts;
using ScrutinyBot.Teams.App.Cards;

namespace ScrutinyBot.Teams.App.Commands;

/// <summary>Recommendations past their response deadline: no response at all, then only a holding response.</summary>
public sealed class OverdueCommand(IFactQueries facts, CouncilClock clock) : ICommand
{
    public CommandDescriptor Descriptor => CommandCatalog.Overdue;

    public bool Accepts(string arguments) => true;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var committee = CommitteeArgument.Normalise(request.Arguments);
        var asOf = clock.Today();
        var overdue = await facts.OverdueAsync(asOf, committee, cancellationToken).ConfigureAwait(false);
        var partial = await facts.AwaitingFullResponseAsync(asOf, committee, cancellationToken).ConfigureAwait(false);
        var title = committee is null ? "Overdue recommendations" : $"Overdue recommendations — {committee}";
        var card = FactListCardBuilder.Build(
            title,
            $"As of {UkDate.Format(asOf)}",
            [
                new FactSection($"{ResponseDeadlines.OverdueHeading}: {overdue.Count}", [.. overdue.Select(r => FactItems.FromRecommendation(r, asOf))], "Nothing is overdue without a response."),
                new FactSection($"{ResponseDeadlines.AwaitingHeading}: {partial.Count}", [.. partial.Select(r => FactItems.FromRecommendation(r, asOf))], "None awaiting a full response."),
            ],
            RefreshText(committee));
        return new CommandReply(card, ResponseDeadlines.Summary(overdue.Count, partial.Count));
    }

    private string RefreshText(string? committee) => committee is null ? Descriptor.Name : $"{Descriptor.Name} {committee}";
}
