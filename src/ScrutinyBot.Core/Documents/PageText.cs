namespace ScrutinyBot.Core.Documents;

/// <summary>The text of one page (PDF) or one form-feed section (text formats), numbered from 1.</summary>
public sealed record PageText(int Number, string Text);
