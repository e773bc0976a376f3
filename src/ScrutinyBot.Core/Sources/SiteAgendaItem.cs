namespace ScrutinyBot.Core.Sources;

/// <summary>An agenda item as a council's site lists it for a meeting: its number ("5", "5a") and title.</summary>
public sealed record SiteAgendaItem(string Number, string Title);
