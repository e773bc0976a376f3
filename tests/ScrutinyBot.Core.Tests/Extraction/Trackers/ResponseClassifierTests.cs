using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Extraction.Trackers;

namespace ScrutinyBot.Core.Tests.Extraction.Trackers;

public sealed class ResponseClassifierTests
{
    [Theory]
    [InlineData(null, ResponseStatus.None)]
    [InlineData("", ResponseStatus.None)]
    [InlineData("Nothing yet", ResponseStatus.None)]
    [InlineData("No response received.", ResponseStatus.None)]
    [InlineData("Awaiting response from the Executive Member", ResponseStatus.None)]
    [InlineData("A holding reply was sent on 3 May.", ResponseStatus.Partial)]
    [InlineData("Figures will be provided once the audit closes.", ResponseStatus.Partial)]
    [InlineData("We are waiting for further guidance from government.", ResponseStatus.Partial)]
    [InlineData("There is no further information on this at present.", ResponseStatus.Partial)]
    [InlineData("This is ongoing work which the Committee will consider in March 2025.", ResponseStatus.Partial)]
    [InlineData("A scoping meeting is scheduled with the service lead.", ResponseStatus.Partial)]
    [InlineData("Options for a joint post are being explored with the ICB.", ResponseStatus.Partial)]
    [InlineData("The Cabinet Member will report back to the committee in the autumn.", ResponseStatus.Partial)]
    [InlineData("The information was emailed to members on 20/12/24.", ResponseStatus.Responded)]
    [InlineData("The Cabinet agreed the recommendation on 4 March and the new policy took effect in April.", ResponseStatus.Responded)]
    [InlineData("We do not encourage schools to issue fines and work with them instead.", ResponseStatus.Responded)]
    public void Classify_OwnResponse_ReturnsStatus(string? response, ResponseStatus expected)
    {
        Assert.Equal(expected, ResponseClassifier.Classify(response));
    }

    [Fact]
    public void Classify_SharedResponseWithSubstance_IsResponded()
    {
        const string text = "Timeliness is now 81%, up from 73% last year. Further detail will be provided in May.";

        Assert.Equal(ResponseStatus.Responded, ResponseClassifier.Classify(text));
    }
}
