using System.Globalization;

namespace ScrutinyBot.Core.Extraction.Titles;

/// <summary>How a date reads in a title: "15 January 2025".</summary>
internal static class TitleDates
{
    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
