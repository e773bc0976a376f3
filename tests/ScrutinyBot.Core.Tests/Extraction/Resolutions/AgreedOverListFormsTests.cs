namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Decisions minuted where the words that introduce them do not open the paragraph: Scottish minutes' "The motion was
/// carried and the Committee agreed:-" and "the Committee agreed, in terms of Section 149 of the Equality Act 2010:-"
/// over numbered decisions, "There had been circulated and was approved as a correct record the Minute of …",
/// Northern Ireland's "Resolved  That …" after its proposer and seconder, and an English county's numbered paragraph
/// "2.1 The minutes … were agreed as an accurate record".
/// </summary>
public sealed class AgreedOverListFormsTests
{
    private const string ScottishMinute = """
                                  EASTSHIRE COUNCIL

                            ROADS AND HARBOURS COMMITTEE

                     GORDON HOUSE, EASTTOWN, 5 DECEMBER 2024

        Present:      Councillors P Ogilvie (Chair), R Dunbar (Vice Chair),
                      T Cumming and J Slessor.

        1.   PUBLIC SECTOR EQUALITY DUTY

             In taking decisions on the undernoted items of business, the
             Committee agreed, in terms of Section 149 of the Equality Act
             2010:-

             (1)  to have due regard to the need to eliminate discrimination;
                  and

             (2)  to consider any Integrated Impact Assessment provided.

        2.   MINUTE OF MEETING OF 10 OCTOBER 2024

             There had been circulated and was approved as a correct record
             the Minute of Meeting of the Committee of 10 October 2024.

        3.   HARBOUR DUES 2025/26

             Councillor Slessor, seconded by Councillor Cumming, moved as an
             amendment that dues be frozen.

             The motion was carried and the Committee agreed:-

             (1)  to approve a 4% rise in harbour dues for 2025/26; and

             (2)  to recommend to Full Council that the harbour reserve be
                  kept at £1.5m.

        4.   CHILDREN'S RIGHTS

             The Committee agreed, in terms of the Act, not to act
             incompatibly with the children's rights requirements.
        """;

    [Fact]
    public void Extract_AgreedAtTheEndOfAParagraphOverNumberedDecisions_IsOneDecisionPerItem()
    {
        var facts = ExtractorFactory.Extract(ScottishMinute).Facts;
        var texts = facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Contains(texts, t => t.StartsWith("To have due regard to the need to eliminate discrimination", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("To consider any Integrated Impact Assessment", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("To approve a 4% rise in harbour dues", StringComparison.Ordinal));
        Assert.Equal("To recommend to Full Council that the harbour reserve be kept at £1.5m.", Assert.Single(facts.Recommendations).Text);
        Assert.DoesNotContain(texts, t => t.Contains("amendment", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_AgreedWithTheTermsItAgreedIn_IsADecision()
    {
        var texts = ExtractorFactory.Extract(ScottishMinute).Facts.Resolutions.Select(r => r.Text);

        Assert.Contains("The Committee agreed, in terms of the Act, not to act incompatibly with the children's rights requirements.", texts);
    }

    [Fact]
    public void Extract_MinuteApprovedAsACorrectRecordInAnyWordOrder_IsADecision()
    {
        var resolution = Assert.Single(ExtractorFactory.Extract(ScottishMinute).Facts.Resolutions, r => r.MinuteNumber == "2");

        Assert.StartsWith("There had been circulated and was approved as a correct record", resolution.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Resolved  That it be recommended to the Council to adopt the\n          revised street naming policy.")]
    [InlineData("Resolved: That it be recommended to the Council to adopt the\n          revised street naming policy.")]
    public void Extract_ResolvedThatInCapitalsAfterTheSeconder_IsADecisionAndARecommendation(string resolved)
    {
        var minute = $"""
            Minutes of Meeting of the Development Committee of Westvale District Council held on Tuesday 11 March 2025 in the Council Chamber, Westvale at 7 pm

            Members Present  Councillor K Devlin (Chair)
                             Councillors Boyle, Quinn and Wilson

            D041/25   Street Naming Policy
                      The Head of Building Control presented the report.

                      Proposed by Councillor Boyle
                      Seconded by Councillor Quinn and

                      {resolved}
            """;

        var facts = ExtractorFactory.Extract(minute).Facts;

        var resolution = Assert.Single(facts.Resolutions);
        Assert.Equal("It be recommended to the Council to adopt the revised street naming policy.", resolution.Text);
        Assert.Equal(resolution.Text, Assert.Single(facts.Recommendations).Text);
    }

    [Fact]
    public void Extract_NumberedParagraphRecordingTheMinutesAgreed_IsADecision()
    {
        const string minute = """
            Infrastructure and Development Select Committee

            Minutes of the Meeting Held on Wednesday 19 March 2025 at 10am in the Council Chamber, County Hall, Southtown

            Present: Cllr Graham Plant (Chair), Cllr Barry Stone

            2.     Minutes

            2.1    The minutes of the meeting held on 19 February 2025 were agreed
                   as an accurate record and signed by the Chair.

            3.     Declarations of Interest

            3.1    No interests were declared.
            """;

        var resolution = Assert.Single(ExtractorFactory.Extract(minute).Facts.Resolutions);

        Assert.Equal("The minutes of the meeting held on 19 February 2025 were agreed as an accurate record and signed by the Chair.", resolution.Text);
    }

    [Fact]
    public void Extract_MinuteItemTitledRecommendationTracker_IsAnItemOfTheMinutes()
    {
        const string minute = """
            Minutes of a meeting of the Neighbourhoods Overview and Scrutiny Committee held in the Trelawny Room, New County Hall, Truro on Wednesday 13 November 2024 commencing at 10.00 am

            Present: Councillor J Trelease (Chairman), Councillor P Curnow

            28.  RECOMMENDATION TRACKER (Agenda Item 9)

                 Resolved:

                 That the Committee noted the recommendation tracker.

            29.  WORK PROGRAMME (Agenda Item 10)

                 Resolved:

                 That the work programme be approved.
            """;

        var resolutions = ExtractorFactory.Extract(minute, "minutes.txt").Facts.Resolutions;

        Assert.Equal(["28", "29"], resolutions.Select(r => r.MinuteNumber));
    }
}
