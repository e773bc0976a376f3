using System.Text.RegularExpressions;

namespace ScrutinyBot.Teams.App.Commands;

/// <summary>Chooses the command for a message by its leading words (longest match first), with or without a
/// leading "/", ignoring case. Any other text is a question for ask; an unknown "/word" gets help.</summary>
public sealed partial class CommandTable
{
    private readonly List<ICommand> _byLength;

    public CommandTable(IEnumerable<ICommand> commands)
    {
        Commands = commands.ToList();
        var duplicate = Commands.GroupBy(c => c.Descriptor.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two commands are called '{duplicate.Key}'.");
        }

        Help = Find(CommandCatalog.Help.Name) ?? throw new InvalidOperationException("The help command is not registered.");
        Ask = Find(CommandCatalog.Ask.Name) ?? throw new InvalidOperationException("The ask command is not registered.");
        _byLength = [.. Commands.OrderByDescending(c => c.Descriptor.Words.Count)];
    }

    public IReadOnlyList<ICommand> Commands { get; }

    public ICommand Help { get; }

    public ICommand Ask { get; }

    public ICommand? Find(string name) =>
        Commands.FirstOrDefault(c => string.Equals(c.Descriptor.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public CommandMatch Match(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        var isExplicit = trimmed.StartsWith('/');
        var body = isExplicit ? trimmed[1..].TrimStart() : trimmed;
        if (body.Length == 0)
        {
            return new CommandMatch(Help, string.Empty);
        }

        var words = Word().Matches(body);
        foreach (var command in _byLength)
        {
            var expected = command.Descriptor.Words;
            if (words.Count < expected.Count || !StartsWith(words, expected))
            {
                continue;
            }

            var last = words[expected.Count - 1];
            var arguments = body[(last.Index + last.Length)..].Trim();
            if (isExplicit || command.Accepts(arguments))
            {
                return new CommandMatch(command, arguments);
            }
        }

        return isExplicit ? new CommandMatch(Help, words[0].Value, Unknown: true) : new CommandMatch(Ask, body);
    }

    private static bool StartsWith(MatchCollection words, IReadOnlyList<string> expected)
    {
        for (var i = 0; i < expected.Count; i++)
        {
            var word = words[i].Value.TrimEnd(':', ',', '.', '?', '!');
            if (!string.Equals(word, expected[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
