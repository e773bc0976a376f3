using System.Globalization;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Host.Answering;

/// <summary>Questions for the bench, drawn from what was ingested: about agenda items ("what was said about X?") and
/// about meetings ("what time did the C meeting on D start?", "who was absent ..."), in a fixed pseudo-random order.</summary>
public static class BenchQuestions
{
    public static async Task<IReadOnlyList<BenchQuestion>> DrawAsync(SqliteConnectionFactory connections, int count, CancellationToken cancellationToken)
    {
        var items = new List<string>();
        var meetings = new List<(string Committee, DateOnly Date)>();
        await using (var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT DISTINCT item_title FROM chunks WHERE item_title IS NOT NULL AND length(item_title) BETWEEN 8 AND 80 LIMIT 500;
                SELECT DISTINCT coalesce(committee, 'committee'), date FROM meetings LIMIT 500;
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(reader.GetString(0));
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                meetings.Add((reader.GetString(0), DateOnly.Parse(reader.GetString(1), CultureInfo.InvariantCulture)));
            }
        }

        var random = new Random(20240115);
        var questions = new List<BenchQuestion>(count);
        string[] itemForms = ["what was said about {0}?", "what did the committee ask about {0}?", "what was agreed on {0}?", "what are the figures for {0}?"];
        string[] meetingForms = ["what time did the {0} meeting on {1} start?", "who was absent from the {0} on {1}?", "where was the {0} meeting on {1}?"];
        for (var i = 0; i < count; i++)
        {
            if ((i % 3 == 2 || items.Count == 0) && meetings.Count > 0)
            {
                var (committee, date) = meetings[random.Next(meetings.Count)];
                var form = meetingForms[random.Next(meetingForms.Length)];
                questions.Add(new BenchQuestion(string.Format(CultureInfo.InvariantCulture, form, committee, date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)), form));
            }
            else if (items.Count > 0)
            {
                var form = itemForms[random.Next(itemForms.Length)];
                questions.Add(new BenchQuestion(string.Format(CultureInfo.InvariantCulture, form, items[random.Next(items.Count)].ToLowerInvariant()), form));
            }
            else
            {
                questions.Add(new BenchQuestion("what was agreed about the budget?", "what was agreed about the budget?"));
            }
        }

        return questions;
    }
}
