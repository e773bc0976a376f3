namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>"Resolved: That," over a numbered list (as Lancashire minutes): each numbered paragraph is a resolution,
/// and the comma leading into them is none.</summary>
public sealed class ResolvedThatCommaTests
{
    private const string Minutes = """
        Minutes of the Meeting held on Wednesday, 5 March 2025 at 10.30 am in Committee Room 'B', County Hall

        Present:
        County Councillor Anne Hale (Chair)

        4.   Library Service Review

          The committee considered a report on the library service review.

          Resolved: That,

          1.  The report be noted.

          2.  The Chair write to the Cabinet Member requesting a response by 19 March 2025.

        5.   Work Programme
        """;

    [Fact]
    public void Extract_ResolvedThatCommaOverNumberedList_EachParagraphIsAResolution()
    {
        var resolutions = ExtractorFactory.Extract(Minutes, "minutes.txt").Facts.Resolutions;

        Assert.Equal(
            ["The report be noted.", "The Chair write to the Cabinet Member requesting a response by 19 March 2025."],
            resolutions.Select(r => r.Text));
    }
}
