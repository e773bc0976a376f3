using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Core.Ingestion;

/// <summary>Settings of the Ingestion section.</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Files larger than this (bytes) are refused before they are read. Default 200 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>A folder that <c>serve</c> watches for new and changed papers. Empty (default) = no watching.</summary>
    public string WatchDirectory { get; set; } = string.Empty;

    /// <summary>Ingest papers marked exempt / not for publication (Schedule 12A). Default false: they are skipped.</summary>
    public bool IncludeExempt { get; set; }

    /// <summary>The statutory response period in months: a tracker row with no deadline is due this long after issue. Default 2.</summary>
    [Range(1, 24)]
    public int ResponsePeriodMonths { get; set; } = 2;
}
