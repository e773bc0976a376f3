namespace ScrutinyBot.Host.Answering;

/// <summary>Settings of the warm-up the served bot runs at start (section "Answering").</summary>
public sealed class AnswerWarmupOptions
{
    public const string SectionName = "Answering";

    /// <summary>Questions the bot answers to itself at start, in the background, so the first officer's question does
    /// not wait for the local model to load and the answering code to be compiled; 0 turns the warm-up off.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 1000)]
    public int WarmupQuestions { get; set; } = 20;
}
