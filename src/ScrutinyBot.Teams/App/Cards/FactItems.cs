using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Teams.App.Cards;

/// <summary>How each kind of fact reads on a card.</summary>
public static class FactItems
{
    public static FactItem FromRecommendation(Recommendation r, DateOnly asOf)
    {
        var heading = Join(" — ", r.Committee, Join(" ", r.Number is null ? null : $"{(r.Type == "A" ? "Action" : "Recommendation")} {r.Number}", r.Topic))
            ?? "Recommendation";
        var lines = new List<string> { r.Text };
        if (r.Deadline is { } deadline)
        {
            var days = asOf.DayNumber - deadline.DayNumber;
            var when = days switch
            {
                > 0 => $"{days} day{(days == 1 ? string.Empty : "s")} overdue",
                0 => "due today",
                _ => $"due in {-days} day{(days == -1 ? string.Empty : "s")}",
            };
            lines.Add($"Response deadline {UkDate.Format(deadline)} ({when})");
        }

        lines.Add(r.ResponseStatus switch
        {
            ResponseStatus.Partial => "Partial response: " + (r.Response ?? "a holding response only"),
            ResponseStatus.Responded => "Responded: " + (r.Response ?? string.Empty),
            _ => "No response recorded",
        });
        lines.Add($"Made at the meeting of {UkDate.Format(r.MeetingDate)}");
        return new FactItem(heading, lines, r.Evidence);
    }

    public static FactItem FromResolution(Resolution r)
    {
        var reference = Join(" ", r.MinuteNumber is null ? null : $"Minute {r.MinuteNumber}", r.Reference is null ? null : $"({r.Reference})");
        var heading = Join(" · ", r.Committee, UkDate.Format(r.MeetingDate), reference)!;
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(r.Item))
        {
            lines.Add(r.Item);
        }

        lines.Add(r.Text);
        return new FactItem(heading, lines, r.Evidence);
    }

    public static FactItem FromMeeting(Meeting m)
    {
        var heading = Join(" — ", m.Committee ?? m.Council, UkDate.Format(m.Date))!;
        var lines = new List<string>();
        if (m.Start is { } start)
        {
            lines.Add(m.End is { } end ? $"From {start:HH\\:mm} to {end:HH\\:mm}" : $"Starts at {start:HH\\:mm}");
        }

        if (!string.IsNullOrWhiteSpace(m.Place))
        {
            lines.Add($"Place: {m.Place}");
        }

        if (!string.IsNullOrWhiteSpace(m.Chair))
        {
            lines.Add($"Chair: {m.Chair}");
        }

        return new FactItem(heading, lines, m.Evidence);
    }

    public static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return present.Length == 0 ? null : string.Join(separator, present);
    }
}
