namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>A meeting as GetMeetings lists it (or GetMeeting describes it).</summary>
/// <param name="Date">dd/MM/yyyy, as the site writes it.</param>
/// <param name="Status">meetingstatus: "Confirmed", "Cancelled"... (empty when the site gives none).</param>
public sealed record ModernGovMeeting(string Id, string Date, string Status = "")
{
    /// <summary>True when the site marks the meeting cancelled (its papers are not ingested, and forgotten if held).</summary>
    public bool IsCancelled => Status.Contains("cancel", StringComparison.OrdinalIgnoreCase);
}
