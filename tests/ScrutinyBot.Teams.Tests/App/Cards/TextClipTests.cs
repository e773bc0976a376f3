using ScrutinyBot.Teams.App.Cards;

namespace ScrutinyBot.Teams.Tests.App.Cards;

public sealed class TextClipTests
{
    [Fact]
    public void Clip_Short_Unchanged()
    {
        Assert.Equal("short text", TextClip.Clip("  short text ", 20));
    }

    [Fact]
    public void Clip_Long_CutsAtWordAndAddsEllipsis()
    {
        var clipped = TextClip.Clip("the quick brown fox jumps over the lazy dog", 20);

        Assert.True(clipped.Length <= 20);
        Assert.EndsWith("…", clipped, StringComparison.Ordinal);
        Assert.StartsWith("the quick brown", clipped, StringComparison.Ordinal);
    }

    [Fact]
    public void OneLine_CollapsesWhitespace()
    {
        Assert.Equal("a b c", TextClip.OneLine("a\n  b\tc", 50));
    }
}
