namespace ScrutinyBot.Teams.App.Commands;

/// <summary>What a command is called and how it is typed: shown in help, the welcome card and the manifest.</summary>
/// <param name="Name">The leading words that select the command, e.g. "next meeting".</param>
/// <param name="Usage">How to type it, e.g. "next meeting [committee]".</param>
/// <param name="Description">One sentence for the help card and the manifest (at most 128 characters).</param>
public sealed record CommandDescriptor(string Name, string Usage, string Description)
{
    public IReadOnlyList<string> Words { get; } = Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
