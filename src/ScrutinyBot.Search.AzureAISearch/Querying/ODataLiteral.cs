using System.Globalization;

namespace ScrutinyBot.Search.AzureAISearch.Querying;

/// <summary>Values written into OData filter text: strings quoted with their single quotes doubled, so user text is
/// always a value and never filter syntax.</summary>
internal static class ODataLiteral
{
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date as the instant it is indexed at: midnight UTC.</summary>
    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
