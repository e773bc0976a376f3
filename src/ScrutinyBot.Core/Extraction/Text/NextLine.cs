namespace ScrutinyBot.Core.Extraction.Text;

/// <summary>Where a layout goes on below a line: a label over its value, a header over its second line.</summary>
internal static class NextLine
{
    /// <summary>The next line with text within <paramref name="reach"/> lines below line <paramref name="i"/>; null when
    /// there is none that close.</summary>
    public static int? NonBlank(IReadOnlyList<SourceLine> lines, int i, int reach)
    {
        for (var k = i + 1; k < lines.Count && k <= i + reach; k++)
        {
            if (!lines[k].IsBlank)
            {
                return k;
            }
        }

        return null;
    }
}
