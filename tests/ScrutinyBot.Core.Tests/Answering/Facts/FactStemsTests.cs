using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

public sealed class FactStemsTests
{
    [Fact]
    public void Of_SameFactAgain_ReturnsTheStemsWorkedOutFirst()
    {
        var sut = new FactStems(FactSet.Empty);
        var entry = new Entry { Title = "Budget monitoring", Detail = "Quarterly reports" };
        var first = sut.Of(entry, TitleOf);

        entry.Title = "Something else entirely";
        var second = sut.Of(entry, TitleOf);

        Assert.Same(first, second);
        Assert.Contains("budget", second);
    }

    [Fact]
    public void Of_OtherTextOfTheSameFact_StemsThatText()
    {
        var sut = new FactStems(FactSet.Empty);
        var entry = new Entry { Title = "Budget monitoring", Detail = "Quarterly reports" };

        var title = sut.Of(entry, TitleOf);
        var detail = sut.Of(entry, DetailOf);

        Assert.DoesNotContain("quarter", title);
        Assert.Contains("quarter", detail);
    }

    [Fact]
    public void Of_Uncached_StemsTheCurrentText()
    {
        var entry = new Entry { Title = "Budget monitoring", Detail = string.Empty };
        FactStems.Uncached.Of(entry, TitleOf);

        entry.Title = "Fostering";

        Assert.Contains("foster", FactStems.Uncached.Of(entry, TitleOf));
    }

    private static string TitleOf(Entry entry) => entry.Title;

    private static string DetailOf(Entry entry) => entry.Detail;

    private sealed class Entry
    {
        public required string Title { get; set; }

        public required string Detail { get; set; }
    }
}
