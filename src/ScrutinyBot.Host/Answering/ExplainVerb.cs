using System.CommandLine;
using System.Globalization;
using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Answering;

/// <summary>`explain "question"`: how the question was read and which passages were ranked for it, with the scores
/// that placed them, so an admin can see why an answer came out as it did (or why the bot declined).</summary>
public sealed class ExplainVerb(QuestionAnalyzerService analyzer, PassageRetriever retriever, ExtractiveAnswerer extractive) : ICliVerb, ICliVerbDefinition
{
    private const int PreviewChars = 160;
    private const int SentenceCount = 10;

    public string Name => "explain";

    public static Command CreateCommand() => new("explain", "Show how a question is read (intent, key words and their weights, committee, dates) and the passages ranked for it, with their scores.")
    {
        new Argument<string[]>("QUESTION") { Description = "The question, e.g. \"who chaired the last meeting?\"", Arity = ArgumentArity.ZeroOrMore },
    };

    public async Task<int> RunAsync(VerbArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var text = string.Join(' ', arguments.Positionals).Trim();
        if (text.Length == 0)
        {
            throw new CliUsageException("Give the question in quotes, e.g. explain \"who chaired the last meeting?\"");
        }

        var analysis = await analyzer.AnalyzeAsync(text, cancellationToken).ConfigureAwait(false);
        var result = await retriever.RetrieveAsync(analysis, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(Describe(result.Analysis, result)).ConfigureAwait(false);
        for (var i = 0; i < result.Passages.Count; i++)
        {
            await output.WriteLineAsync(Describe(i + 1, result.Passages[i])).ConfigureAwait(false);
        }

        var judged = extractive.Judge(result);
        for (var i = result.Passages.Count; i < judged.Result.Passages.Count; i++)
        {
            // Passages of the reserve taken in because they hold the kind of answer asked for.
            await output.WriteLineAsync(Describe(i + 1, judged.Result.Passages[i]) + " (from the reserve)").ConfigureAwait(false);
        }

        result = judged.Result;
        await output.WriteLineAsync($"passages' verdict: {judged.Reason}").ConfigureAwait(false);
        var (needed, holding) = ExtractiveAnswerer.TypeEvidence(result);
        if (holding.Count > 0)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"sentences holding the kind asked ({AnswerTypeCheck.Expected(result.Analysis)}; coverage with the sentence before; {needed:0.000} needed):")).ConfigureAwait(false);
            foreach (var (coverage, sentence) in holding.Take(3))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {coverage:0.000} {Preview(sentence)}")).ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync("best sentences (score, passage):").ConfigureAwait(false);
        foreach (var (score, passage, sentence) in ExtractiveAnswerer.RankedSentences(result, SentenceCount))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {score:0.000} #{passage} {Preview(sentence)}")).ConfigureAwait(false);
        }

        return 0;
    }

    private static string Describe(QueryAnalysis analysis, RetrievalResult result)
    {
        var weights = string.Join(", ", result.StemWeights.Select(w => $"{w.Key} {w.Value.ToString("0.00", CultureInfo.InvariantCulture)}"));
        var dates = string.Join(", ", analysis.Dates.Select(d => d.ToString()));
        return $"""
            intent: {analysis.Intent}
            search terms: {string.Join(", ", analysis.SearchTerms)}
            phrases: {string.Join(", ", analysis.Phrases)}
            key words (weight): {weights}
            committee: {analysis.Committee ?? "-"}; part: {analysis.Part?.ToString() ?? "-"}; dates: {(dates.Length == 0 ? "-" : dates)}; relative: {analysis.Relative}
            passages: {result.Passages.Count}
            """;
    }

    private static string Describe(int rank, ScoredPassage passage)
    {
        var hit = passage.Hit;
        var chunk = hit.Chunk;
        var preview = Preview(chunk.Text);
        return string.Create(CultureInfo.InvariantCulture,
            $"{rank,2}. score {passage.Score:0.000} coverage {passage.Coverage:0.00} bm25 {hit.Score:0.00} vector {(hit.VectorRank is { } r ? $"#{r} {hit.VectorSimilarity:0.00}" : "-")} | {chunk.Committee} {chunk.MeetingDate:yyyy-MM-dd} {chunk.PartKind} | {chunk.ItemTitle}\n    {preview}");
    }

    private static string Preview(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length > PreviewChars ? flat[..PreviewChars] + "…" : flat;
    }
}
