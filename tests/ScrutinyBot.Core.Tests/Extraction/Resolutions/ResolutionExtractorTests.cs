namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

public sealed class ResolutionExtractorTests
{
    private const string Header = "Minutes of the meeting held at the Town Hall on 2 October 2024 from 6.00 pm to 8.10 pm\n\n";

    [Fact]
    public void Extract_ResolvedList_EachNumberedItemIsAResolution()
    {
        const string body = """
            40 Apologies for Absence

            None

            41 Youth Services Review

            The Committee discussed the review. The following points were raised:

            a) The Committee noted that attendance had fallen.
            b) Members asked about funding.

            Resolved:

            1) To request that a report on outcomes is provided in March.
            2) To recommend that the Executive Member reviews the
            funding formula for youth clubs.
            3) To write to the Police and Crime Commissioner about joint funding.

            42 Work Programme

            The Committee noted the Work Programme.
            """;

        var resolutions = ExtractorFactory.Extract(Header + body).Facts.Resolutions;

        Assert.Equal(4, resolutions.Count);
        Assert.All(resolutions.Take(3), r => Assert.Equal("41", r.MinuteNumber));
        Assert.Equal("To recommend that the Executive Member reviews the funding formula for youth clubs.", resolutions[1].Text);
        Assert.Equal("Youth Services Review", resolutions[0].Item);
        Assert.Equal(("42", "The Committee noted the Work Programme."), (resolutions[3].MinuteNumber, resolutions[3].Text));
        Assert.All(resolutions, r => Assert.Equal(new DateOnly(2024, 10, 2), r.MeetingDate));
    }

    [Fact]
    public void Extract_ResolvedWithReferenceAndLetteredSubItems_KeepsReferenceAndParentWords()
    {
        const string body = """
            5 SCHOOL TRANSPORT POLICY

            The Cabinet Member presented the report.

            RESOLVED (2025/014):

            1) That the report be noted.
            2) That the following issues be progressed:
             a) That a briefing on rural routes be circulated to members.
             b) That an update be received at the July meeting.

            6 WORK PROGRAMME

            RESOLVED (2025/015)

            That the work programme be agreed.
            """;

        var resolutions = ExtractorFactory.Extract(Header + body).Facts.Resolutions;

        Assert.Equal(4, resolutions.Count);
        Assert.Equal("2025/014", resolutions[0].Reference);
        Assert.Equal("School Transport Policy", resolutions[0].Item);
        Assert.Equal("That the following issues be progressed: a) That a briefing on rural routes be circulated to members.", resolutions[1].Text);
        Assert.Contains("July meeting", resolutions[2].Text, StringComparison.Ordinal);
        Assert.Equal(("2025/015", "That the work programme be agreed."), (resolutions[3].Reference, resolutions[3].Text));
    }

    [Fact]
    public void Extract_ResolvedToAndItWasAgreed_ReadsProseDecisions()
    {
        const string body = """
            7 Libraries Strategy

            Resolved to review the libraries strategy again in six months.

            8 Parking Charges

            After a long debate it was agreed that the Committee would write to the Leader.

            9 Dates of Future Meetings

            The forward plan was noted.
            """;

        var resolutions = ExtractorFactory.Extract(Header + body).Facts.Resolutions;

        Assert.Equal(
            ["Resolved to review the libraries strategy again in six months.", "It was agreed that the Committee would write to the Leader.", "The forward plan was noted."],
            resolutions.Select(r => r.Text));
    }

    [Fact]
    public void Extract_NotMinutes_ReturnsNoResolutions()
    {
        const string report = "Report of the Head of Finance\n\nRESOLVED: That this text in a report is not a decision of the meeting.\n";

        Assert.Empty(ExtractorFactory.Extract("Budget Report\n" + report).Facts.Resolutions);
    }
}
