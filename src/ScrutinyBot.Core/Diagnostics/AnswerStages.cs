using System.Diagnostics;

namespace ScrutinyBot.Core.Diagnostics;

/// <summary>Names each stage of answering a question (analysis, fact answers, the keyword and vector legs of
/// retrieval, re-ranking, the extractive answer) as an <see cref="Activity"/>, so a listener can see where a
/// question's time goes: `bench --stages` sums them per question, and a tracing exporter that adds
/// <see cref="SourceName"/> sees them as spans. With no listener, <see cref="Start"/> returns null and costs nothing.</summary>
public static class AnswerStages
{
    /// <summary>The activity source's name, for listeners and exporters.</summary>
    public const string SourceName = "ScrutinyBot.AnswerStages";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts timing <paramref name="stage"/>; dispose the result when the stage ends.</summary>
    public static Activity? Start(string stage) => Source.StartActivity(stage, ActivityKind.Internal);
}
