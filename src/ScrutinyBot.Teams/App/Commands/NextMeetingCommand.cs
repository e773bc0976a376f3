using ScrutinyBot.Core.Retrieval.Facts;
using ScrutinyBot.Teams.App.Cards;

namespace ScrutinyBot.Teams.App.Commands;

/// <summary>The first meeting on or after today, optionally of one committee.</summary>
public sealed class NextMeetingCommand(IFactQueries facts, CouncilClock clock) : ICommand
{
    public CommandDescriptor Descriptor => CommandCatalog.NextMeeting;

    public bool Accepts(string arguments) => true;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var committee = CommitteeArgument.Normalise(request.Arguments);
        var today = clock.Today();
        var meeting = await facts.NextMeetingAsync(today, committee, cancellationToken).ConfigureAwait(false);
        var items = meeting is null ? Array.Empty<FactItem>() : [FactItems.FromMeeting(meeting)];
        var card = FactListCardBuilder.Build(
            committee is null ? "Next meeting" : $"Next meeting — {committee}",
            $"On or after {UkDate.Format(today)}",
            [new FactSection(null, items, "I know of no meeting after today in the papers I have.")],
            refreshCommand: null);
        var summary = meeting is null ? "No meeting found" : $"Next meeting {UkDate.Format(meeting.Date)}";
        return new CommandReply(card, summary);
    }
}
