namespace ScrutinyBot.Host.Answering;

/// <summary>A bench question and its kind: the form it was made from ("what was agreed on {0}?"), by which the
/// bench groups its timings.</summary>
public sealed record BenchQuestion(string Text, string Kind);
