namespace ScrutinyBot.Teams.App.Commands;

/// <summary>One thing a user can ask the bot to do. Commands call Core and return a card; they know nothing of HTTP.</summary>
public interface ICommand
{
    CommandDescriptor Descriptor { get; }

    /// <summary>Whether text that merely starts with this command's words is meant for it (false lets a plain
    /// question such as "meeting rooms for the next session?" go to ask). Commands typed with "/" always run.</summary>
    bool Accepts(string arguments);

    Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken);
}
