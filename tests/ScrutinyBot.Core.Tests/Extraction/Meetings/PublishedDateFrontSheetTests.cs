using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// A letterhead that says when the papers were published above the committee's name, its day, its time and its room,
/// each on a line of its own without labels.
/// </summary>
public sealed class PublishedDateFrontSheetTests
{
    private const string Front = """
                                                                      Public Document Pack

                                                            Democratic Services
                                                          Westshire City Council
                                                               Civic Centre

       Please ask for Ruth Penhale
       T 01234 567890
       Published 4 June 2025


       ENVIRONMENT AND COMMUNITIES SCRUTINY PANEL

       Tuesday 17 June 2025
       10.00 am
       Drake Room, Civic Centre


       Members:

       Councillor Tom Harbour, Chair
       Councillor Jo Keel, Vice Chair
       Councillors Amy Dock, Lee Quay and Sam Ferry.


       1.    Apologies

       2.    Declarations of Interest
    """;

    [Fact]
    public void Extract_PublishedLineAboveTheMeetingsDay_ReadsTheMeetingsDay()
    {
        var meeting = Assert.Single(ExtractorFactory.ExtractTextFile(Front, "agenda.txt").Facts.Meetings);

        Assert.Equal((new DateOnly(2025, 6, 17), new TimeOnly(10, 0)), (meeting.Date, meeting.Start));
        Assert.Equal("Environment and Communities Scrutiny Panel", meeting.Committee);
        Assert.Equal("Drake Room, Civic Centre", meeting.Place);
    }

    [Fact]
    public void Extract_MemberWithChairAfterAComma_IsTheChair()
    {
        var meeting = Assert.Single(ExtractorFactory.ExtractTextFile(Front, "agenda.txt").Facts.Meetings);

        Assert.Equal("Councillor Tom Harbour", meeting.Chair);
    }
}
