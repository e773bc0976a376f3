using System.Diagnostics;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Answering.Generative;

namespace ScrutinyBot.Host.Answering;

/// <summary>Answers questions of every kind the bot meets (facts, passages, figures, people, dates) and throws the
/// answers away: the local model is loaded and the answering code compiled before anyone waits for it. The answers
/// are written without the language model, so a warm-up never calls out or costs anything.</summary>
public sealed class AnswerWarmup
{
    // Worded for any council's papers; what they find does not matter, only that each path of answering runs.
    private static readonly string[] Questions =
    [
        "who chaired the last meeting?",
        "what was agreed about the budget?",
        "which recommendations are overdue?",
        "what did the committee ask about performance?",
        "when is the next meeting?",
        "how many children are in care?",
        "where was the last meeting held?",
        "who sent apologies to the last meeting?",
        "what is on the work programme?",
        "what are the figures for the capital programme?",
        "when was the response to the recommendations due?",
        "can you tell me what the report said about staffing?",
        "what time did the meeting start?",
        "what was said about the housing strategy?",
        "what were the recommendations to the cabinet?",
        "who presented the report on adult social care?",
        "how much is the overspend this year?",
        "what was decided about school places?",
        "when will the annual report come to the committee?",
        "what did the minutes say about waste collection?",
    ];

    private readonly QuestionAnswerer _answerer;

    public AnswerWarmup(IServiceProvider services) =>
        _answerer = ActivatorUtilities.CreateInstance<QuestionAnswerer>(services, new DisabledAnswerGenerator());

    /// <summary>Answers <paramref name="count"/> questions (the list over again past its end) and returns how long it took.</summary>
    public async Task<TimeSpan> RunAsync(int count, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await _answerer.AnswerAsync(new Question(Questions[i % Questions.Length]), cancellationToken).ConfigureAwait(false);
        }

        return stopwatch.Elapsed;
    }
}
