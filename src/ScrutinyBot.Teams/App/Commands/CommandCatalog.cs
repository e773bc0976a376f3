namespace ScrutinyBot.Teams.App.Commands;

/// <summary>Every command the bot understands, in the order help lists them. The manifest's commandLists match these.</summary>
public static class CommandCatalog
{
    public static readonly CommandDescriptor Help = new("help", "help", "Show what I can do and the commands I understand.");
    public static readonly CommandDescriptor Ask = new("ask", "ask <question>", "Ask about the papers; I answer with citations. Plain questions work too.");
    public static readonly CommandDescriptor Overdue = new("overdue", "overdue [committee]", "Past the response deadline with no response; partial replies listed as awaiting a full response.");
    public static readonly CommandDescriptor DueSoon = new("due soon", "due soon [committee]", "Recommendations whose response is due in the next two weeks.");
    public static readonly CommandDescriptor Resolutions = new("resolutions", "resolutions [committee] [since <date>]", "What committees resolved, newest meeting first.");
    public static readonly CommandDescriptor NextMeeting = new("next meeting", "next meeting [committee]", "When and where the next meeting is.");
    public static readonly CommandDescriptor Meeting = new("meeting", "meeting <date>", "The meeting held on a date: chair, attendance, resolutions.");
    public static readonly CommandDescriptor Subscribe = new("subscribe", "subscribe [daily|weekly|monthly] [at HH:MM] [on weekday] [committees]", "Post a digest of new resolutions and deadlines in this chat.");
    public static readonly CommandDescriptor Unsubscribe = new("unsubscribe", "unsubscribe", "Stop the digests in this chat.");
    public static readonly CommandDescriptor Subscriptions = new("subscriptions", "subscriptions", "List the digests this chat receives.");
    public static readonly CommandDescriptor DigestNow = new("digest now", "digest now", "Post a digest in this chat now.");

    public static IReadOnlyList<CommandDescriptor> All { get; } =
        [Help, Ask, Overdue, DueSoon, Resolutions, NextMeeting, Meeting, Subscribe, Unsubscribe, Subscriptions, DigestNow];
}
