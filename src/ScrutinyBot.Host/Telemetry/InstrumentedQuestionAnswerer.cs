using System.Diagnostics;
using ScrutinyBot.Core.Answering;

namespace ScrutinyBot.Host.Telemetry;

/// <summary>Times each answer and counts it as answered or abstained, inside an "answer" span.</summary>
internal sealed class InstrumentedQuestionAnswerer(IQuestionAnswerer inner, ScrutinyTelemetry telemetry) : IQuestionAnswerer
{
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        using var span = telemetry.Source.StartActivity("answer");
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var answer = await inner.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
            outcome = answer.Answered ? "answered" : "abstained";
            return answer;
        }
        finally
        {
            var tag = new KeyValuePair<string, object?>("outcome", outcome);
            telemetry.AnswerDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tag);
            telemetry.Answers.Add(1, tag);
            span?.SetTag("scrutinybot.answer.outcome", outcome);
        }
    }
}
