using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Answering;

/// <summary>`ask "question" [--json] [--as-of DATE]`, or `ask --batch -` reading JSON lines {"id","question"}.</summary>
public sealed partial class AskVerb(IQuestionAnswerer answerer, ILogger<AskVerb> logger) : ICliVerb, ICliVerbDefinition
{
    private const string Failed = "Something went wrong answering this question; it has been logged.";

    public string Name => "ask";

    public static Command CreateCommand() => new("ask", "Answer a question from the ingested papers, with citations. Exit code 1 when it cannot answer. With --batch -, answers JSON lines {\"id\",\"question\"[,\"asOf\"]} from stdin, one JSON line each.")
    {
        new Argument<string[]>("QUESTION") { Description = "The question, e.g. \"who chaired the last meeting?\"", Arity = ArgumentArity.ZeroOrMore },
        new Option<bool>("--json") { Description = "Print the answer as one JSON line" },
        new Option<string>("--as-of") { Description = "Answer as if today were this date", HelpName = "YYYY-MM-DD" },
        new Option<string>("--batch") { Description = "Read JSON-line questions from standard input: --batch -", HelpName = "-" },
    };

    public async Task<int> RunAsync(VerbArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var asOf = ParseDate(arguments.Option("as-of"), "--as-of");
        if (arguments.Option("batch") is { } batch)
        {
            if (batch != "-")
            {
                throw new CliUsageException("--batch reads standard input: use --batch -");
            }

            return await RunBatchAsync(Console.In, output, asOf, cancellationToken).ConfigureAwait(false);
        }

        var text = string.Join(' ', arguments.Positionals).Trim();
        if (text.Length == 0)
        {
            throw new CliUsageException("Give the question in quotes, e.g. ask \"who chaired the last meeting?\"");
        }

        var stopwatch = Stopwatch.StartNew();
        var answer = await answerer.AnswerAsync(new Question(text, asOf), cancellationToken).ConfigureAwait(false);
        if (arguments.Has("json"))
        {
            await output.WriteLineAsync(AnswerJson.From(null, answer, stopwatch.ElapsedMilliseconds).ToJsonLine()).ConfigureAwait(false);
        }
        else
        {
            await AnswerText.WriteAsync(output, answer).ConfigureAwait(false);
        }

        return answer.Answered ? 0 : 1;
    }

    private async Task<int> RunBatchAsync(TextReader input, TextWriter output, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var stopwatch = Stopwatch.StartNew();
            var (id, question, lineAsOf) = ParseLine(line, lineNumber);
            Answer answer;
            if (question is null)
            {
                answer = new Answer(false, $"Line {lineNumber} is not a JSON object with a \"question\".", []);
            }
            else
            {
                answer = await AnswerSafelyAsync(new Question(question, lineAsOf ?? asOf), cancellationToken).ConfigureAwait(false);
            }

            await output.WriteLineAsync(AnswerJson.From(id, answer, stopwatch.ElapsedMilliseconds).ToJsonLine()).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }

    private async Task<Answer> AnswerSafelyAsync(Question question, CancellationToken cancellationToken)
    {
        try
        {
            return await answerer.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAnswerFailed(logger, ex);
            return new Answer(false, Failed, []);
        }
    }

    private static (string? Id, string? Question, DateOnly? AsOf) ParseLine(string line, int lineNumber)
    {
        try
        {
            if (JsonNode.Parse(line) is not JsonObject obj)
            {
                return (lineNumber.ToString(CultureInfo.InvariantCulture), null, null);
            }

            var id = obj["id"] is JsonValue v ? v.ToString() : lineNumber.ToString(CultureInfo.InvariantCulture);
            var asOf = obj["asOf"] is JsonValue a && DateOnly.TryParseExact(a.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
            return (id, obj["question"] is JsonValue q ? q.ToString() : null, asOf);
        }
        catch (JsonException)
        {
            return (lineNumber.ToString(CultureInfo.InvariantCulture), null, null);
        }
    }

    private static DateOnly? ParseDate(string? value, string option)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliUsageException($"{option} takes a date as YYYY-MM-DD, e.g. {option} 2025-01-31");
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "Answering a batch question failed")]
    private static partial void LogAnswerFailed(ILogger logger, Exception exception);
}
