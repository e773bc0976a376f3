using ScrutinyBot.Core.Retrieval.Facts;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Teams.App.Cards;

namespace ScrutinyBot.Teams.App.Commands;

/// <summary>Everything known about the meetings held on a date: when and where, who chaired and attended, what was resolved.</summary>
public sealed class MeetingCommand(IFactQueries facts, IFactStore store) : ICommand
{
    public CommandDescriptor Descriptor => CommandCatalog.Meeting;

    /// <summary>"meeting" alone (as the command menu sends it) or "meeting &lt;date&gt;"; "meeting minutes from..." is a question.</summary>
    public bool Accepts(string arguments) => arguments.Length == 0 || TryReadDate(arguments, out _);

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (!TryReadDate(request.Arguments, out var date))
        {
            return new CommandReply(
                MessageCardBuilder.Build("Which date?", "Type the meeting date, for example: meeting 13 November 2024 (or 13/11/2024, or 2024-11-13)."),
                "Which date?");
        }

        var meetings = await facts.MeetingsOnAsync(date, committee: null, cancellationToken).ConfigureAwait(false);
        var resolutions = (await facts.ResolutionsAsync(null, date, cancellationToken).ConfigureAwait(false))
            .Where(r => r.MeetingDate == date).ToList();
        var stored = (await store.LoadFactsAsync(cancellationToken).ConfigureAwait(false)).Facts;
        var attendance = stored.Attendance.Where(a => a.MeetingDate == date).ToList();
        var agenda = stored.AgendaItems
            .Where(a => a.MeetingDate == date)
            .DistinctBy(a => (a.Committee, a.Number, a.Title))
            .ToList();
        var card = MeetingCardBuilder.Build(new MeetingCard(date, meetings, attendance, agenda, resolutions));
        return new CommandReply(card, $"{meetings.Count} meeting(s) on {UkDate.Format(date)}");
    }

    private static bool TryReadDate(string arguments, out DateOnly date)
    {
        var text = arguments.Trim();
        if (text.StartsWith("on ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..];
        }

        return UkDate.TryParse(text, out date);
    }
}
