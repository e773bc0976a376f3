using System.Globalization;
using System.Text.RegularExpressions;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Minutes;

namespace ScrutinyBot.Core.Extraction.Agenda;

/// <summary>
/// Extracts agenda items: from the agenda on a front sheet (one item a line, a table, or the whole agenda flattened
/// into one line: "1 Apologies for Absence 2 Declarations of Interest 3 Minutes 3 - 10 To confirm ..."), numbered
/// 1, 2, 3... in order; and from the numbered items of minutes, for the meeting minuted.
/// </summary>
public sealed partial class AgendaItemExtractor
{
    internal IReadOnlyList<AgendaItem> Extract(PartContext context)
    {
        if (context.MeetingDate is not { } date)
        {
            return [];
        }

        return context.Part.Kind switch
        {
            PartKind.FrontSheet => FromAgenda(context, date),
            PartKind.Minutes => MinuteItemReader.Read(context.Lines)
                .Select(it => new AgendaItem(context.Source, context.Committee, date, it.Number, it.Title, context.EvidenceAt(it.HeadingIndex)))
                .ToList(),
            _ => [],
        };
    }

    private static List<AgendaItem> FromAgenda(PartContext context, DateOnly date)
    {
        var lines = context.Lines;
        var text = string.Join("\n", lines.Select(l => l.Plain));
        var offsets = new List<int>();
        var offset = 0;
        foreach (var line in lines)
        {
            offsets.Add(offset);
            offset += line.Plain.Length + 1;
        }

        var items = new List<AgendaItem>();
        var position = 0;
        for (var expected = 1; expected < 60; expected++)
        {
            var start = Find(text, expected, position);
            if (start is null)
            {
                break;
            }

            var next = Find(text, expected + 1, start.Value.End);
            var raw = text[start.Value.End..(next?.Start ?? text.Length)];
            var title = Title(raw);
            if (title.Length < 3)
            {
                break;
            }

            var lineIndex = Math.Max(0, offsets.FindLastIndex(o => o <= start.Value.Start));
            items.Add(new AgendaItem(context.Source, context.Committee, date, expected.ToString(CultureInfo.InvariantCulture), title, context.EvidenceAt(lineIndex, $"{expected} {title}")));
            position = start.Value.End;
        }

        return items.Count >= 2 ? items : [];
    }

    private static (int Start, int End)? Find(string text, int number, int from)
    {
        var pattern = new Regex($@"(?<![./(£$%-]\s?)(?<![\d.,/(£$%-])\b{number}\.?\s+(?=[A-Z'‘""(])", RegexOptions.None, TimeSpan.FromSeconds(1));
        var m = pattern.Match(text, from);
        return m.Success ? (m.Index, m.Index + m.Length) : null;
    }

    private static string Title(string raw)
    {
        var text = raw.Split('\n')[0];
        var cut = TitleEnd().Match(text);
        if (cut.Success)
        {
            text = text[..cut.Index];
        }

        text = Spaces().Replace(text, " ").Trim().TrimEnd('-', ':', ',', ' ');
        return text.Length <= 160 ? text : text[..160].TrimEnd() + "…";
    }

    [GeneratedRegex(@"\s\d{1,3}\s*[-–]\s*\d{1,3}\b|\s(?:To\s+(?:confirm|approve|note|consider|receive|agree|scrutinise)|Report\s+of|Joint\s+report|Presentation\s+by|Verbal\s+update|Pages?\b)")]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
