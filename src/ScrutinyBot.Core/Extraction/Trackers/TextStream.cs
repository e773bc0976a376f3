using System.Text;

namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>Column text gathered from many lines into one string, remembering which line each stretch came from.</summary>
internal sealed class TextStream
{
    private readonly StringBuilder text = new();
    private readonly List<(int Offset, int Line)> starts = [];

    public void Add(string segment, int line)
    {
        var trimmed = segment.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append(' ');
        }

        starts.Add((text.Length, line));
        text.Append(trimmed);
    }

    public string Text => text.ToString();

    public int LineAt(int offset)
    {
        var line = starts.Count > 0 ? starts[0].Line : 0;
        foreach (var (start, l) in starts)
        {
            if (start > offset)
            {
                break;
            }

            line = l;
        }

        return line;
    }
}
