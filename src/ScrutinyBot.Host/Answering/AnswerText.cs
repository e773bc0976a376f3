using System.Globalization;
using ScrutinyBot.Core.Answering;

namespace ScrutinyBot.Host.Answering;

/// <summary>Writes an answer for a person at a terminal: the text, then its numbered sources.</summary>
public static class AnswerText
{
    public static async Task WriteAsync(TextWriter output, Answer answer)
    {
        await output.WriteLineAsync(answer.Text).ConfigureAwait(false);
        if (answer.Note is not null)
        {
            await output.WriteLineAsync($"({answer.Note})").ConfigureAwait(false);
        }

        if (answer.Citations.Count > 0)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("Sources:").ConfigureAwait(false);
        }

        foreach (var c in answer.Citations)
        {
            var date = c.MeetingDate is { } d ? $", meeting {d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}" : string.Empty;
            var page = c.Paged ? $", p. {c.Page}" : string.Empty;
            await output.WriteLineAsync($"[{c.Number}] {c.Title ?? c.Source}, {c.Part}{page}{date}: \"{c.Quote}\"").ConfigureAwait(false);
            if ((c.SourceUrl ?? c.Link) is { } url)
            {
                await output.WriteLineAsync($"    {url}").ConfigureAwait(false);
            }
        }
    }
}
