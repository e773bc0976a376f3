namespace ScrutinyBot.Core.Extraction.WorkProgramme;

/// <summary>Which cells of a work-programme table row hold the date, the item and the lead (-1 when absent).</summary>
/// <param name="Reference">The cell numbering each row ("Report Ref": "SC/10/23-24"), -1 when none.</param>
internal sealed record ProgrammeColumns(int Date, int Item, int Lead, int Reference = -1);
