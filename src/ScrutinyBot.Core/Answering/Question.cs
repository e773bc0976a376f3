namespace ScrutinyBot.Core.Answering;

/// <param name="AsOf">The date "today" means for overdue / due questions; null means the clock's today.</param>
public sealed record Question(string Text, DateOnly? AsOf = null);
