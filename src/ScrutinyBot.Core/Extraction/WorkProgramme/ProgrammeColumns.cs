namespace ScrutinyBot.Core.Extraction.WorkProgramme;

/// <summary>Which cells of a work-programme table row hold the date, the item and the lead (-1 when absent).</summary>
internal sealed record ProgrammeColumns(int Date, int Item, int Lead);
