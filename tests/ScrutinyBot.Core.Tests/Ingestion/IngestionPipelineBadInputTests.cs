using System.Text;
using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Core.Tests.Ingestion;

public sealed class IngestionPipelineBadInputTests
{
    [Fact]
    public async Task IngestAsync_EmptyFile_FailsWithMessageAndStoresNothing()
    {
        using var sut = new IngestionHarness();
        var path = sut.Files.Write("empty.txt", []);

        var outcome = await sut.IngestOneAsync(path);

        Assert.Equal(IngestionStatus.Failed, outcome.Status);
        Assert.Contains("empty.txt", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("empty", outcome.Message.Replace("empty.txt", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(0, await sut.CountAsync("SELECT count(*) FROM documents"));
    }

    [Fact]
    public async Task IngestAsync_BinaryFileNamedTxt_FailsSayingBinary()
    {
        using var sut = new IngestionHarness();
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var path = sut.Files.Write("photo.txt", bytes);

        var outcome = await sut.IngestOneAsync(path);

        Assert.Equal(IngestionStatus.Failed, outcome.Status);
        Assert.StartsWith("photo.txt:", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("binary", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_ZipBombDocx_FailsSayingItExpandsTooFarAndStoresNothing()
    {
        using var sut = new IngestionHarness();
        var path = sut.Files.Write("bomb.docx", ZipBombFixtures.Docx(100L * 1024 * 1024));

        var outcome = await sut.IngestOneAsync(path);

        Assert.Equal(IngestionStatus.Failed, outcome.Status);
        Assert.StartsWith("bomb.docx: the Word document expands to more than 64 MB", outcome.Message, StringComparison.Ordinal);
        Assert.Empty((await sut.FactsAsync()).Documents);
    }

    [Fact]
    public async Task IngestAsync_FileOverMaxFileBytes_FailsBeforeReading()
    {
        using var sut = new IngestionHarness(options: new IngestionOptions { MaxFileBytes = 100 });
        var path = sut.Files.Write("big.txt", new string('a', 101));

        var outcome = await sut.IngestOneAsync(path);

        Assert.Equal(IngestionStatus.Failed, outcome.Status);
        Assert.Contains("Ingestion:MaxFileBytes", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("big.txt", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_Windows1252Text_IsDecodedAndAdded()
    {
        var extractor = new FakeDocumentExtractor();
        using var sut = new IngestionHarness(extractor);
        var text = "RESOLVED: to note the \u201Cbudget\u201D of \u00A35,000 \u2013 caf\u00E9 provision.";
        var path = sut.Files.Write("cp1252.txt", CodePagesEncoding1252().GetBytes(text));

        var outcome = await sut.IngestOneAsync(path);

        Assert.Equal(IngestionStatus.Added, outcome.Status);
        var resolution = Assert.Single((await sut.FactsAsync()).Facts.Resolutions);
        Assert.Equal("to note the \u201Cbudget\u201D of \u00A35,000 \u2013 caf\u00E9 provision.", resolution.Text);
    }

    [Fact]
    public async Task IngestAsync_CorruptPdf_FailsSayingDamaged()
    {
        using var sut = new IngestionHarness();
        var bytes = new byte[4096];
        new Random(11).NextBytes(bytes);
        var path = sut.Files.Write("pack.pdf", bytes);

        var outcome = await sut.IngestOneAsync(path);

        Assert.Equal(IngestionStatus.Failed, outcome.Status);
        Assert.StartsWith("pack.pdf:", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_PdfWithoutTextLayer_FailsSayingOcrItFirst()
    {
        using var sut = new IngestionHarness();
        var path = sut.Files.Write("scan.pdf", PdfFixtures.BuildWithoutText(2));

        var outcome = await sut.IngestOneAsync(path);

        Assert.Equal(IngestionStatus.Failed, outcome.Status);
        Assert.Contains("no text layer", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("OCR it first", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_EncryptedPdf_FailsSayingEncrypted()
    {
        using var sut = new IngestionHarness();
        var path = sut.Files.Write("secret.pdf", EncryptedPdf());

        var outcome = await sut.IngestOneAsync(path);

        Assert.Equal(IngestionStatus.Failed, outcome.Status);
        Assert.StartsWith("secret.pdf:", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("encrypted", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_MissingPath_FailsAndOtherFilesStillGoIn()
    {
        using var sut = new IngestionHarness();
        var good = sut.Files.Write("good.txt", "RESOLVED: to note the report.");
        var missing = Path.Combine(sut.Files.Path, "nope", "missing.pdf");

        var summary = await sut.IngestAsync(missing, good);

        Assert.Equal(1, summary.Failed);
        Assert.Equal(1, summary.Added);
        var failure = summary.Outcomes.Single(o => o.Status == IngestionStatus.Failed);
        Assert.Contains("missing.pdf", failure.Message, StringComparison.Ordinal);
        Assert.Contains("no such file", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_FolderWithBadAndGoodFiles_RunGoesOnAndCountsEach()
    {
        using var sut = new IngestionHarness();
        sut.Files.Write("in/a.txt", "RESOLVED: first.");
        sut.Files.Write("in/sub/b.md", "RESOLVED: second.");
        sut.Files.Write("in/c.pdf", [1, 2, 3, 4]);
        sut.Files.Write("in/d.txt", []);
        sut.Files.Write("in/ignored.bin", [1, 2, 3]);

        var summary = await sut.IngestAsync(Path.Combine(sut.Files.Path, "in"));

        Assert.Equal("added 2, replaced 0, skipped 0, failed 2", summary.ToString());
        Assert.Equal(2, (await sut.FactsAsync()).Facts.Resolutions.Count);
    }

    [Fact]
    public async Task IngestAsync_ExemptPaper_IsExcludedByDefault()
    {
        using var sut = new IngestionHarness();
        var path = sut.Files.Write("exempt.txt", "NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972\n\nRESOLVED: to approve the sale.");

        var outcome = await sut.IngestOneAsync(path);

        Assert.Equal(IngestionStatus.Excluded, outcome.Status);
        Assert.Contains("Ingestion:IncludeExempt", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, await sut.CountAsync("SELECT count(*) FROM documents"));
    }

    [Fact]
    public async Task IngestAsync_ExemptPaperWithIncludeExempt_IsAdded()
    {
        using var sut = new IngestionHarness(options: new IngestionOptions { IncludeExempt = true });
        var path = sut.Files.Write("exempt.txt", "NOT FOR PUBLICATION\n\nRESOLVED: to approve the sale.");

        var outcome = await sut.IngestOneAsync(path);

        Assert.Equal(IngestionStatus.Added, outcome.Status);
    }

    private static Encoding CodePagesEncoding1252() => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static byte[] EncryptedPdf()
    {
        var pdf = Encoding.ASCII.GetString(PdfFixtures.Build(["Confidential text"]));
        var trailer = pdf.LastIndexOf("trailer", StringComparison.Ordinal);
        var dict = pdf.IndexOf("<<", trailer, StringComparison.Ordinal);
        var encrypted = pdf[..(dict + 2)]
            + " /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF> /U <FFEEDDCCBBAA99887766554433221100FFEEDDCCBBAA99887766554433221100> >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] "
            + pdf[(dict + 2)..];
        return Encoding.ASCII.GetBytes(encrypted);
    }
}
