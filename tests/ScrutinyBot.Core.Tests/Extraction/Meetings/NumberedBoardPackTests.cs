using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// A city council's pack for a numbered scrutiny board: a front sheet naming no council, with "Time and Date" and
/// "Place" labels over their values; an "Outstanding Issues" table under "Date | Minute | Issue / Recommendation |
/// Lead | Status"; and a work programme listing items under meeting dates, then under "2024/25 - dates to be
/// confirmed". Also a London borough's minutes whose venue and time are a sentence under the date.
/// </summary>
public sealed class NumberedBoardPackTests
{
    private const string Pack = """
                                                              Public Document Pack

        Scrutiny Board 4 (Housing and Communities)

        Time and Date
        2.00 pm on Thursday, 6th February, 2025

        Place
        Committee Room 3 - Council House

        Public Business

        1.   Apologies and Substitutions

        2.   Outstanding Issues

        3.   Work Programme 2024-25
        ------------------------------------------------------------------------
                                                          Agenda Item 2

        Scrutiny Board 4 - Outstanding Issues

        Date       Minute   Issue / Recommendation           Lead            Status
        --------   ------   ------------------------------   -------------   ----------------
        12/12/24   31       Recommend that a damp and        Cabinet Member  Complete -
                            mould survey be extended to      for Housing     survey under
                            all tower blocks                                 way
        ------------------------------------------------------------------------
                                                          Agenda Item 3

        Scrutiny Board 4 Work Programme 2024/25

        12th December 2024
        - Damp and Mould in Council Homes
        6th February 2025
        - Homelessness Prevention Strategy
        2024/25 - dates to be confirmed
        - Selective Licensing Review
        """;

    private static DocumentFacts ReadAsIngested(string text, string source = "pack.txt") =>
        ExtractorFactory.ExtractTextFile(text, source).Facts;

    [Fact]
    public void Extract_FrontSheetOfANumberedBoardWithLabelsOverValues_IsTheMeeting()
    {
        var meeting = Assert.Single(ReadAsIngested(Pack).Meetings);

        Assert.Equal(("Scrutiny Board 4 (Housing and Communities)", new DateOnly(2025, 2, 6), new TimeOnly(14, 0)), (meeting.Committee, meeting.Date, meeting.Start));
        Assert.Equal("Committee Room 3 - Council House", meeting.Place);
    }

    [Fact]
    public void Extract_IssueOrRecommendationColumn_IsATrackerNotTheWorkProgramme()
    {
        var facts = ReadAsIngested(Pack);

        var recommendation = Assert.Single(facts.Recommendations);
        Assert.StartsWith("Recommend that a damp and mould survey be extended", recommendation.Text, StringComparison.Ordinal);
        Assert.Equal(["Damp and Mould in Council Homes", "Homelessness Prevention Strategy", "Selective Licensing Review"], facts.WorkProgramme.Select(w => w.Item));
        Assert.Equal("2024/25 - dates to be confirmed", facts.WorkProgramme[2].When);
    }

    [Fact]
    public void Extract_VenueAndTimeInASentenceUnderTheDate_AreRead()
    {
        const string minutes = """
                                      HOUSING COMMITTEE

                                 Thursday, 13th March, 2025

                 Minutes of the meeting held in the Council Chamber, The Town
                 Hall, Eastgate High Street, London SE9 4XX at 7.30 p.m.

            PRESENT:        Councillor Ann Boyd (Chair); Councillors Tom Reid and
                            Priya Shah.

            32.  DECLARATIONS OF INTERESTS

                 There were no declarations of interest.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(minutes, "minutes.txt").Facts.Meetings);

        Assert.Equal("Council Chamber, The Town Hall, Eastgate High Street, London SE9 4XX", meeting.Place);
        Assert.Equal(new TimeOnly(19, 30), meeting.Start);
    }
}
