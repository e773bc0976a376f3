using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Core.Tests.Ingestion;

public sealed class ExemptPaperDetectorTests
{
    [Theory]
    [InlineData("NOT FOR PUBLICATION\nReport of the Director")]
    [InlineData("Report to Cabinet\nExempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972")]
    [InlineData("This report is exempt by virtue of paragraphs 1 and 3 of Part 1 of Schedule 12A of the Local Government Act 1972")]
    [InlineData("Appendix 2 - not for publication")]
    public void FindMarking_ExemptHeading_ReturnsMarking(string heading)
    {
        Assert.NotNull(ExemptPaperDetector.FindMarking([new PageText(1, heading)]));
    }

    [Fact]
    public void FindMarking_PublicPackMentioningSchedule12A_ReturnsNull()
    {
        var text = "Public Document Pack\nMembers of the public wishing to inspect Background Papers or Schedule 12A of the Local Government Act should contact the officer.\n"
            + "Exclusion of the public: exempt information as defined in paragraph 3 of Schedule 12A.";

        Assert.Null(ExemptPaperDetector.FindMarking([new PageText(1, text)]));
    }

    [Fact]
    public void FindMarking_EverySample_ReturnsNull()
    {
        foreach (var file in Directory.EnumerateFiles(SamplePapers.Folder, "*.txt"))
        {
            Assert.Null(ExemptPaperDetector.FindMarking([new PageText(1, File.ReadAllText(file))]));
        }
    }

    [Fact]
    public void FindMarking_MarkingOnlyDeepInsideThePaper_ReturnsNull()
    {
        var text = "Minutes of the meeting\n" + new string('x', 2000) + "\nNOT FOR PUBLICATION";

        Assert.Null(ExemptPaperDetector.FindMarking([new PageText(1, text)]));
    }
}
