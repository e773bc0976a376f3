namespace ScrutinyBot.Core.Tests.Extraction.Splitting;

/// <summary>Minutes whose heading leaves the date to the lines above it, as Hackney prints them ("Date of Meeting
/// Thursday, 23 January 2025" over "Minutes of the proceedings of …"): the header belongs to the minutes, so their
/// decisions are the dated meeting's.</summary>
public sealed class MinutesHeaderAboveHeadingTests
{
    private const string Minutes = """
           London Borough of Hackney
           Health in Hackney Scrutiny Commission
           Municipal Year 2024/25
           Date of Meeting Thursday, 23 January 2025

           Minutes of the proceedings of the Health in Hackney Scrutiny Commission
           held at Hackney Town Hall, Mare Street, London E8 1EA

           Chair                        Cllr Ben Hayhurst-Mills

           6    Joint Health Overview and Scrutiny Committee Update

           6.1  The Chair reported on the most recent meeting.

                RESOLVED: That the update be noted.
        """;

    [Fact]
    public void Extract_DateAboveMinutesHeading_MinutesAreThatMeetings()
    {
        var result = ExtractorFactory.Extract(Minutes, "minutes.txt");

        var part = Assert.Single(result.Parts);
        Assert.Equal(Documents.PartKind.Minutes, part.Kind);
        var meeting = Assert.Single(result.Facts.Meetings);
        Assert.Equal(new DateOnly(2025, 1, 23), meeting.Date);
        Assert.Equal("Health in Hackney Scrutiny Commission", meeting.Committee);
        Assert.Equal("The update be noted.", Assert.Single(result.Facts.Resolutions).Text);
    }
}
