namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Minutes as Highland writes them: the decision's verb in capitals ("The Committee APPROVED the Annual Report",
/// "i. NOTED the financial position"), lists under "Thereafter, the Committee:" or "Following discussion, the
/// Committee agreed:", and an asterisk in the margin against an item the full Council must ratify.
/// </summary>
public sealed class CapitalVerbMinutesTests
{
    private const string Minute = """
        The Highland Council

        Minutes of Meeting of the Health, Social Care and Wellbeing Committee held in the Council Chamber, Inverness on Thursday 6 February 2025 at 10.30 am.

        Present:
        Mr D Fraser (Chair)

        4.   Adult Social Care – Financial Update

             There had been circulated a report by the Director of Adult Social Care.

             Thereafter, the Committee:
             i.   NOTED the financial position and the performance data;
             ii.  AGREED that a Member seminar be arranged before the end of April 2025.

        5.   Care Home Sustainability

             Members discussed the options for the Council.

             Following discussion, the Committee agreed:

             i.   to NOTE the report;

        *    ii.  to RECOMMEND that the Council establishes a Care Home Sustainability Fund of £2m.

        6.   Integrated Children's Services Plan

             The Committee APPROVED the Annual Report for submission to the Scottish Government.

        7.   Work Plan

             The Work Plan had been NOTED at the last meeting. Members asked about timing.
        """;

    [Fact]
    public void Extract_CapitalVerbs_AreDecisionsWithTheirVerbKept()
    {
        var texts = ExtractorFactory.Extract(Minute).Facts.Resolutions.Select(r => r.Text.TrimEnd(';', '.')).ToList();

        Assert.Contains("NOTED the financial position and the performance data", texts);
        Assert.Contains("The Committee APPROVED the Annual Report for submission to the Scottish Government", texts);
    }

    [Fact]
    public void Extract_ListUnderIntroducedStem_EachItemIsADecision()
    {
        var resolutions = ExtractorFactory.Extract(Minute).Facts.Resolutions;

        Assert.Equal(["To NOTE the report", "To RECOMMEND that the Council establishes a Care Home Sustainability Fund of £2m"],
            resolutions.Where(r => r.MinuteNumber == "5").Select(r => r.Text.TrimEnd(';', '.')));
    }

    [Fact]
    public void Extract_CapitalVerbInsideASentence_IsNoDecision()
    {
        Assert.DoesNotContain(ExtractorFactory.Extract(Minute).Facts.Resolutions, r => r.MinuteNumber == "7");
    }

    [Fact]
    public void Extract_BodyNameAloneOverBulletedVerbs_EachBulletIsADecision()
    {
        const string minutes = """
            Somerset Council

            Minutes of a Meeting of the Scrutiny Committee - Climate and Place held in the Luttrell Room, County Hall, Taunton, on Wednesday, 12 March 2025 at 10.00 am

            47   Highways Verge Maintenance Policy - Agenda Item 6

                 The following points were raised in discussion:
                 - Members asked how rural junctions would be kept clear.

                 The Scrutiny Committee - Climate and Place:
                 - Noted the draft policy.
                 - Recommended to the Lead Member that parish councils be offered the option to fund additional cuts.

            48   Work Programme - Agenda Item 7

                 The Committee:
                 - Agreed the work programme.
            """;

        var texts = ExtractorFactory.Extract(minutes).Facts.Resolutions.Select(r => r.Text.TrimEnd('.')).ToList();

        Assert.Equal(["Noted the draft policy", "Recommended to the Lead Member that parish councils be offered the option to fund additional cuts", "Agreed the work programme"], texts);
    }
}
