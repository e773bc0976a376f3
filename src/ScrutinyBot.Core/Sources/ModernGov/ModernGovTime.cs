using System.Globalization;
using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>Reads a meeting time as ModernGov sites write it in meetingtime: "10.00 am", "2.30 pm", "2:30pm",
/// "10am", "14:00", "12 noon", "Midday"; null for anything else (the text's time is kept then).</summary>
public static partial class ModernGovTime
{
    public static TimeOnly? Parse(string text)
    {
        if (NoonPattern().IsMatch(text ?? string.Empty))
        {
            return new TimeOnly(12, 0);
        }

        var match = TimePattern().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var half = match.Groups["ampm"].Value.ToLowerInvariant();
        if (half.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = (hour % 12) + (half.StartsWith('p') ? 12 : 0);
        }
        else if (!match.Groups["m"].Success)
        {
            return null;
        }

        return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"^\s*(?<h>\d{1,2})(?:[.:](?<m>\d{2}))?\s*(?<ampm>[ap]\.?m\.?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^\s*(?:12(?:[.:]00)?\s*)?(?:noon|midday)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoonPattern();
}
