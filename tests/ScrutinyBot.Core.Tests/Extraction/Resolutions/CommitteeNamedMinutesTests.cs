using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Minutes headed by the committee's name rather than "the meeting" ("Minutes of the Scrutiny Committee held on …"),
/// as many district and borough councils head them, with "PRESENT: Councillor X in the Chair", apologies from
/// "Councillors Lowe and Shah", and the committee's decisions minuted as recommendations to the executive.
/// </summary>
public sealed class CommitteeNamedMinutesTests
{
    private const string Minutes = """
        Exampleton District Council

        Minutes of the Scrutiny Committee held on Monday 3 February 2025 at 7.00 pm in the Council Chamber, Civic Offices

        PRESENT: Councillor A Smith in the Chair
        Councillors B Jones, C Patel and D O'Brien

        Apologies for absence were received from Councillors Lowe and Shah.

        23. LEISURE CENTRE CONTRACT

        The Committee considered the report on the leisure centre contract.

        RECOMMENDED to Cabinet that the leisure centre contract be extended for two years.

        24. CAR PARKING CHARGES

        It was recommended that the Executive reconsider the proposed increase in car parking charges.
        """;

    [Fact]
    public void Extract_MinutesNamedByTheCommittee_ReadTheMeeting()
    {
        var meeting = Assert.Single(ExtractorFactory.Extract(Minutes).Facts.Meetings);

        Assert.Equal(("Exampleton District Council", "Scrutiny Committee"), (meeting.Council, meeting.Committee));
        Assert.Equal((new DateOnly(2025, 2, 3), new TimeOnly(19, 0)), (meeting.Date, meeting.Start));
        Assert.Equal("Council Chamber, Civic Offices", meeting.Place);
        Assert.Equal("Councillor A Smith", meeting.Chair);
    }

    [Fact]
    public void Extract_RecommendationsToTheExecutive_AreTheCommitteesDecisions()
    {
        var resolutions = ExtractorFactory.Extract(Minutes).Facts.Resolutions;

        Assert.Equal(["23", "24"], resolutions.Select(r => r.MinuteNumber));
        Assert.Contains("leisure centre contract be extended for two years", resolutions[0].Text, StringComparison.Ordinal);
        Assert.Equal("The Executive reconsider the proposed increase in car parking charges.", resolutions[1].Text);
    }

    [Fact]
    public void Extract_ApologiesFromSurnamesUnderOnePluralTitle_EachRead()
    {
        var apologies = ExtractorFactory.Extract(Minutes).Facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name);

        Assert.Equal(["Councillor Lowe", "Councillor Shah"], apologies.Order());
    }

    [Theory]
    [InlineData("OSC/24/45 HOUSING REPAIRS", "OSC/24/46 WORK PROGRAMME", "OSC/24/46")]
    [InlineData("Item 6 Housing Repairs", "Item 7 Work Programme", "7")]
    public void Extract_WorkProgrammeItemWithItsMinuteReference_StaysAnItemOfTheMinutes(string first, string heading, string number)
    {
        var minutes = $"Minutes of the meeting of the Overview and Scrutiny Committee held on Wednesday 5 February 2025 at 7.00 pm\n\nPresent: Councillor Jane Smith (Chair)\n\n{first}\n\nRESOLVED: That the report be noted.\n\n{heading}\n\nRESOLVED: That the work programme be agreed.\n";

        var resolutions = ExtractorFactory.Extract(minutes).Facts.Resolutions;

        Assert.Equal(2, resolutions.Count);
        Assert.Equal((number, "The work programme be agreed."), (resolutions[1].MinuteNumber, resolutions[1].Text));
    }
}
