namespace ScrutinyBot.Teams.App.Commands;

/// <summary>The command chosen for a message and the text it gets.</summary>
/// <param name="Unknown">The user typed "/something" the bot does not know; Command is then help.</param>
public sealed record CommandMatch(ICommand Command, string Arguments, bool Unknown = false);
