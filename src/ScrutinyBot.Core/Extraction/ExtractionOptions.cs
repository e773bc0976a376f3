using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Core.Extraction;

/// <summary>Settings for fact extraction, read from the "Ingestion" section.</summary>
public sealed class ExtractionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>
    /// Months the executive has to respond to a scrutiny recommendation, counted from the date it was issued,
    /// used when a tracker gives no deadline. Default 2 (the statutory response period).
    /// </summary>
    [Range(1, 24)]
    public int ResponsePeriodMonths { get; set; } = 2;
}
