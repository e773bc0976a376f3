using System.Diagnostics;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers;

/// <summary>Zip bombs and archives with absurd entry counts are refused quickly, with a clear message, in bounded memory.</summary>
public sealed class DocxDocumentReaderLimitsTests
{
    private const long OneGigabyte = 1024L * 1024 * 1024;
    private const long ThreeHundredMegabytes = 300L * 1024 * 1024;

    private static readonly Lazy<byte[]> GigabyteBomb = new(() => ZipBombFixtures.Docx(OneGigabyte));
    private static readonly Lazy<byte[]> LyingGigabyteBomb = new(() => ZipBombFixtures.Docx(OneGigabyte, lieAboutSize: true));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_OneGigabyteExpandingDocx_RefusedUnderFiveSecondsAndThreeHundredMegabytes(bool lyingHeaders)
    {
        var bomb = lyingHeaders ? LyingGigabyteBomb.Value : GigabyteBomb.Value;
        var sut = new DocxDocumentReader();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var ex = Assert.Throws<DocumentReadException>(() => sut.Read("bomb.docx", bomb));

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.True(bomb.Length < 5 * 1024 * 1024, $"the bomb is {bomb.Length:N0} bytes");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.True(allocated < ThreeHundredMegabytes, $"allocated {allocated:N0} bytes");
        Assert.StartsWith("bomb.docx: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(lyingHeaders ? "damaged" : "expands to more than 64 MB (Ingestion:Limits:MaxExpandedBytes)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExpandsJustOverConfiguredLimit_Refused()
    {
        var sut = new DocxDocumentReader(Options.Create(new ReaderLimitsOptions { MaxExpandedBytes = 1024 * 1024 }));

        var ex = Assert.Throws<DocumentReadException>(() => sut.Read("big.docx", ZipBombFixtures.Docx(1024 * 1024)));

        Assert.Contains("MaxExpandedBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnderTheLimit_Read()
    {
        var sut = new DocxDocumentReader(Options.Create(new ReaderLimitsOptions { MaxExpandedBytes = 1024 * 1024 }));

        var page = Assert.Single(sut.Read("ok.docx", ZipBombFixtures.Docx(100_000)));

        Assert.Equal(100_000, page.Text.Length);
    }

    [Fact]
    public void Read_ClaimsSixtyThousandEntries_RefusedWithoutReadingThem()
    {
        var sut = new DocxDocumentReader();

        var ex = Assert.Throws<DocumentReadException>(() => sut.Read("many.docx", ZipBombFixtures.ClaimingEntries(60_000)));

        Assert.Contains("Ingestion:Limits:MaxArchiveEntries", ex.Message, StringComparison.Ordinal);
    }
}
