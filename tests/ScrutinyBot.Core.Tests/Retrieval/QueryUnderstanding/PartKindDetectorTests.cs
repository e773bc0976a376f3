using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class PartKindDetectorTests
{
    [Theory]
    [InlineData("which minutes were signed off?", PartKind.Minutes)]
    [InlineData("what does the tracker say about fines?", PartKind.Tracker)]
    [InlineData("what's on the work programme for July?", PartKind.WorkProgramme)]
    [InlineData("what's on the forward plan for December?", PartKind.WorkProgramme)]
    [InlineData("what is in appendix 2?", PartKind.Appendix)]
    public void Detect_QuestionNamingAPart_ReturnsIt(string question, PartKind expected)
    {
        Assert.Equal(expected, PartKindDetector.Detect(question));
    }

    [Fact]
    public void Detect_QuestionNamingNoPart_ReturnsNull()
    {
        Assert.Null(PartKindDetector.Detect("how big is the attainment gap?"));
    }

    [Theory]
    [InlineData("what items did the select committee ask to be added to its work programme in February?")]
    [InlineData("what did the board agree to put on the forward plan?")]
    public void Detect_WhatAMeetingDidToItsWorkProgramme_PrefersNoPart(string question)
    {
        Assert.Null(PartKindDetector.Detect(question));
    }
}
