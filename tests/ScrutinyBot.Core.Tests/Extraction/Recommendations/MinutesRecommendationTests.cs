using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Recommendations;

/// <summary>
/// Recommendations to the executive that a scrutiny committee makes in its minutes, in the ways councils minute them:
/// a resolution addressed to the executive ("That the Executive be recommended to …", "recommends to the Mayor and
/// Cabinet that …", "To recommend that the Cabinet Member …"), or each item of a list that a resolution or a sentence
/// introduces as recommendations to it. They are issued at the meeting, due the statutory period after it, and have no
/// response yet.
/// </summary>
public sealed class MinutesRecommendationTests
{
    private const string Header = """
        WESTSHIRE COUNCIL
        Minutes of the meeting of the Children's Services Scrutiny Committee held at County Hall, Westtown on Tuesday, 11 February 2025 at 10.00 am

        Present: Councillor A Ahmed (Chair), Councillor B Brown

        """;

    private static IReadOnlyList<Recommendation> Recommendations(string body, string header = Header) =>
        ExtractorFactory.Extract(header + body).Facts.Recommendations;

    [Theory]
    [InlineData("Resolved –\n(1) That the report be noted.\n(2) That the Executive be recommended to prioritise capital funding for resource bases.", "prioritise capital funding")]
    [InlineData("RESOLVED that\n(1) the report be noted;\n(2) the Cabinet be asked to approve a bursary scheme for trainee psychologists.", "bursary scheme")]
    [InlineData("Resolved:\n1. That the report be noted.\n2. That the Commission recommends to the Mayor and Cabinet that no decision on the corridor is taken until a revised design is consulted upon.", "revised design")]
    [InlineData("RESOLVED\na) To accept the report.\nb) To recommend that the Cabinet Member raises the maximum empty homes grant to £30,000.", "empty homes grant")]
    [InlineData("AGREED – that Members recommend to Council the extension of kerbside glass collection to rural households.", "kerbside glass")]
    [InlineData("RESOLVED that the Commission recommends that the Council's public health team commissions outreach to residents.", "public health team")]
    [InlineData("RESOLVED: That the Sub-Committee:-\n\n(a) notes the report;\n\n(b) recommends to the Adult Health and Social Care Policy Committee that link workers be aligned with Local Area Committees.", "link workers")]
    [InlineData("RESOLVED: THAT (1) the report be noted;\n\n(2) the Board RECOMMENDS to the City Mayor that maximum support for working age claimants be increased to 85%.", "maximum support")]
    [InlineData("4.3    RESOLVED: That the Sub-Committee:-\n\n(a) notes the report;\n\n(b) recommends to the Adult Health and Social Care Policy Committee that link workers be aligned with Local Area Committees.", "link workers")]
    [InlineData("Resolved:-\n\n1.  That the report be noted.\n\n2.  That Cabinet considers a void reduction target for 2025-26 in the Housing Delivery Plan.", "void reduction target")]
    [InlineData("Resolved:- That Cabinet be advised that the pre-decision recommendations be supported.", "pre-decision recommendations")]
    [InlineData("RESOLVED that the Committee recommended to the Cabinet Member for\nFinance and Change that:\n\n(i)  the capitalisation direction repayment profile be published.", "repayment profile")]
    [InlineData("RESOLVED - That the Cabinet Member for Housing be recommended to\napprove the 23 estate improvement schemes listed in Appendix A.", "estate improvement schemes")]
    [InlineData("RESOLVED - That the Executive Member for Adult Social Care and Health be asked to publish the care market review.", "care market review")]
    [InlineData("Resolved - That\n(1) the report be noted; and\n(2) Policy and Resources Committee be recommended to allocate £180,000 for street tree replacement.", "street tree replacement")]
    [InlineData("AGREED - that recommendations R1 to R4 of the Task and Finish Group be made to Cabinet, with R1 amended.", "R1 to R4")]
    [InlineData("RESOLVED to recommend to Moray Council that a winter resilience grit bin budget be considered.", "grit bin")]
    public void Extract_ResolutionAddressedToTheExecutive_IsARecommendationIssuedAtTheMeeting(string decisions, string words)
    {
        var body = $"""
            4. Home to School Transport
            The Director introduced the report.
            {decisions}

            5. Work Programme
            RESOLVED that the work programme be agreed.
            """;

        var recommendation = Assert.Single(Recommendations(body));

        Assert.Contains(words, recommendation.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 2, 11), recommendation.MeetingDate);
        Assert.Equal(new DateOnly(2025, 2, 11), recommendation.Issued);
        Assert.Equal(new DateOnly(2025, 4, 11), recommendation.Deadline);
        Assert.Equal(ResponseStatus.None, recommendation.ResponseStatus);
        Assert.Equal("Home to School Transport", recommendation.Topic);
    }

    [Theory]
    [InlineData("RESOLVED that the report be noted.")]
    [InlineData("RESOLVED that the recommendations to Cabinet set out in the report be supported.")]
    [InlineData("RESOLVED that the Council Tax support scheme be reviewed at the March meeting.")]
    [InlineData("RESOLVED that the Council's website be updated with the findings.")]
    [InlineData("RESOLVED to request Council officers to provide a briefing note on the scheme.")]
    [InlineData("RESOLVED that the Cabinet Member's response was noted.")]
    [InlineData("RESOLVED that the Executive Directors' report be noted.")]
    [InlineData("RESOLVED: That the Executive responses be noted.")] // the responses are the subject, not the Executive
    [InlineData("RESOLVED that the Cabinet decisions were noted.")]
    public void Extract_DecisionNotAddressedToTheExecutive_IsNoRecommendation(string decision)
    {
        var body = $"""
            4. Council Tax Support
            {decision}
            """;

        Assert.Empty(Recommendations(body));
    }

    [Theory]
    [InlineData("The Committee agreed to make the following recommendations to the Mayor in Cabinet:")]
    [InlineData("The Committee AGREED to make the following recommendations to the Cabinet Member for Education:")]
    public void Extract_ListIntroducedAsRecommendations_IsOneRecommendationPerItem(string lead)
    {
        var body = $"""
            4. Temporary Accommodation
            RESOLVED:
            1. To note the temporary accommodation update.
            2. That the Head of Housing provide a briefing note on placements.

            {lead}
            a) That the Council sets a target date for ending bed and breakfast placements.
            b) That a sub-regional rate agreement be pursued with neighbouring boroughs.

            5. Work Programme
            RESOLVED that the work programme be agreed.
            """;

        var facts = ExtractorFactory.Extract(Header + body).Facts;

        Assert.Equal(2, facts.Recommendations.Count);
        Assert.StartsWith("That the Council sets a target date", facts.Recommendations[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("That a sub-regional rate agreement", facts.Recommendations[1].Text, StringComparison.Ordinal);
        // The list is not read as part of the briefing note above it.
        Assert.Single(facts.Resolutions, r => r.Text.Contains("briefing note", StringComparison.Ordinal));
        Assert.DoesNotContain(facts.Resolutions, r => r.Text.Contains("briefing note", StringComparison.Ordinal) && r.Text.Contains("target date", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RecommendedThatCouncilOverAList_EachItemIsARecommendation()
    {
        // Northern Ireland's committees recommend to the Council, the subject of every item below.
        const string body = """
            GSP12/25  Planning Performance

                      Councillor Doyle Moved, Councillor Kerr Seconded and it was

                      RECOMMENDED that Council:
                      (i)   agrees a planning improvement action plan with consultees;
                      (ii)  extends recycling centre opening hours in summer; and
                      (iii) writes to DfI seeking faster consultee response times.

            GSP13/25  Forward Work Plan

                      Resolved: That the Forward Work Plan be approved.
            """;

        var recommendations = ExtractorFactory.Extract(Header + body).Facts.Recommendations;

        Assert.Equal(3, recommendations.Count);
        Assert.StartsWith("Agrees a planning improvement action plan", recommendations[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(recommendations, r => r.Text.Contains("Forward Work Plan", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ResolvedThatSemicolonOverAListWithRecommendationsInIt_ReadsEachItem()
    {
        const string body = """
            4.     Public Rights of Way

                   Resolved: That;

                   i.   The rights of way report be noted.
                   ii.  The following recommendations be made to the Cabinet Member
                        for Highways and Transport:
                        a. An online defect map be published by summer 2025;
                        b. Capital funding for rights of way bridges be reviewed.
                   iii. The draft Improvement Plan be presented to the committee.

            5.     Work Programme

                   Resolved: That the work programme be agreed.
            """;

        var facts = ExtractorFactory.Extract(Header + body).Facts;

        Assert.Contains(facts.Resolutions, r => r.Text == "The rights of way report be noted.");
        Assert.Equal(2, facts.Recommendations.Count);
        Assert.Contains("online defect map", facts.Recommendations[0].Text, StringComparison.Ordinal);
        Assert.Contains("bridges be reviewed", facts.Recommendations[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_CabinetMinutes_RecommendingToFullCouncil_AreNoScrutinyRecommendations()
    {
        const string header = """
            WESTSHIRE COUNCIL
            Minutes of the meeting of the Cabinet held at County Hall, Westtown on Tuesday, 11 February 2025 at 10.00 am

            """;
        const string body = """
            4. Budget 2025-26
            RESOLVED that Cabinet recommend to County Council the budget for 2025-26.
            """;

        Assert.Empty(Recommendations(body, header));
    }

    [Fact]
    public void Extract_RecommendationAlsoInThePacksTracker_IsReadOnceWithTheTrackersResponse()
    {
        const string pack = """
            WESTSHIRE COUNCIL
            Minutes of the meeting of the Children's Services Scrutiny Committee held at County Hall, Westtown on Tuesday, 11 February 2025 at 10.00 am

            4. Home to School Transport
            RESOLVED that the Executive be recommended to prioritise capital funding for resource bases in mainstream primary schools.
            \f
            Scrutiny Recommendations Tracker

            Ref	Meeting date	Recommendation	Executive response	Response due
            CS/25/01	11 February 2025	That the Executive prioritise capital funding for resource bases in mainstream primary schools.	Agreed: £2m allocated in the capital programme.	11 April 2025
            """;

        var recommendation = Assert.Single(ExtractorFactory.Extract(pack).Facts.Recommendations);

        Assert.Equal(ResponseStatus.Responded, recommendation.ResponseStatus);
    }

    [Fact]
    public void Extract_ListCarryingOnTheNumbersOfTheOneBefore_IsRead()
    {
        const string body = """
            4. Highway Condition
            The Committee AGREED to make the following recommendations to Cabinet:
               1. That a 'right first time' pothole repair standard be adopted from April 2025.
               2. That parish councils be given a dedicated defect reporting portal.

            5. Local Nature Recovery Strategy
            Members asked about the link with Biodiversity Net Gain.

            The Committee AGREED to make the following recommendation to Cabinet:
               3. That a monitoring framework for the strategy be published alongside the final strategy.

            6. Work Programme
            RESOLVED that the work programme be agreed.
            """;

        var recommendations = Recommendations(body);

        Assert.Equal(3, recommendations.Count);
        Assert.Equal("Local Nature Recovery Strategy", recommendations[2].Topic);
        Assert.StartsWith("That a monitoring framework", recommendations[2].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Select Committee recommends that the Cabinet:", "1.", "2.")]
    [InlineData("AGREED: That the Chairperson writes to the Cabinet Member on behalf of the Committee, conveying the comments of Members, and making the following recommendations:", "a)", "b)")]
    [InlineData("RESOLVED that\n(i) the report be noted; and\n(ii) the following recommendations be referred to Cabinet for response:", "1.", "2.")]
    [InlineData("AGREED - That the Chairperson writes on behalf of the Committee to the Cabinet Member, in time for the Cabinet meeting, conveying the Committee's observations and recommending that:", "1.", "2.")]
    [InlineData("RECOMMENDED to Cabinet that:", "(1)", "(2)")]
    public void Extract_ListUnderWordsNamingTheExecutive_IsOneRecommendationPerItem(string lead, string first, string second)
    {
        var body = $"""
            4. Budget Proposals 2025-26
            Members discussed the proposals.

            {lead}

            {first} Retains the £1.2m allocated to local highway schemes in 2025/26; and

            {second} Sets out how the proposed £3.4m saving in waste disposal will be achieved.

            5. Work Programme
            RESOLVED that the work programme be agreed.
            """;

        var recommendations = Recommendations(body);

        Assert.Equal(2, recommendations.Count);
        Assert.Contains("£1.2m", recommendations[0].Text, StringComparison.Ordinal);
        Assert.Contains("£3.4m", recommendations[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MotionPutToTheCouncil_IsNeitherDecisionNorRecommendation()
    {
        const string body = """
            5. Devolution Priority Programme
            Mr Gough proposed, and Mr Oakford seconded the motion that

                 “County Council is asked to:

                 (1)   Endorse the ongoing joint work between the councils; and
                 (2)   Note the timetable.”

            6. Work Programme
            RESOLVED that the work programme be agreed.
            """;

        var facts = ExtractorFactory.Extract(Header + body).Facts;

        Assert.Empty(facts.Recommendations);
        Assert.DoesNotContain(facts.Resolutions, r => r.Text.Contains("joint work", StringComparison.Ordinal));
    }
}
