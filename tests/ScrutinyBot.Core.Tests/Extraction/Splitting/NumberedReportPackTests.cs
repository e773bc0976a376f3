using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Splitting;

/// <summary>
/// A pack that stamps each item "AGENDA ITEM NO 5" and numbers each report "REPORT NO 173/25" above the council's name,
/// the meeting and the title, then "REPORT BY …" (Angus). The last meeting's minutes sit under their own stamp, and
/// their sentences wrap onto lines that begin "Appendix to the Report;" or "minute of that meeting refers).".
/// </summary>
public sealed class NumberedReportPackTests
{
    private const string Pack = """
        ANGUS COUNCIL

        SCRUTINY AND AUDIT COMMITTEE

        A meeting of the Scrutiny and Audit Committee will be held in the Town and County Hall,
        Forfar on Tuesday 3 June 2025 at 2.00pm.

        5.  Scrutiny Review - Roads Winter Maintenance: Final Report -
            Report by the Director of Legal, Governance and Change              23 - 34

                                                                           AGENDA ITEM NO 3

        ANGUS COUNCIL

        MINUTE of MEETING of the SCRUTINY AND AUDIT COMMITTEE held in the Town
        and County Hall, Forfar on Tuesday 22 April 2025 at 2.00pm.

        Present:        Councillors FIONA STRACHAN, GAVIN LINDSAY and ROSS CARNEGIE.

        5.   SCRUTINY REVIEW - COUNCIL HOUSE VOIDS: FINAL REPORT

        The Committee agreed:-

        (i)   to note the findings of the scrutiny review, as set out in the
              Appendix to the Report;

        (ii)  to recommend to the Communities Committee that a single
              void re-let target of 35 calendar days be adopted from 2025/26; and

        (iii) to note that the review began in June 2024 (Article 7 of the
              minute of that meeting refers);

        (iv)  that the costs set out in the
              Appendix to the Report
              be published; and

        (v)   to note that the committee had asked for the
              report by the Director of Housing on void repairs
              at its last meeting.

                                                                           AGENDA ITEM NO 5

                                                                          REPORT NO 173/25

        ANGUS COUNCIL

        SCRUTINY AND AUDIT COMMITTEE - 3 JUNE 2025

        SCRUTINY REVIEW - ROADS WINTER MAINTENANCE: FINAL REPORT

        REPORT BY DIRECTOR OF LEGAL, GOVERNANCE AND CHANGE

        1.   RECOMMENDATIONS

             It is recommended that the Committee notes the findings set out in
             Appendix 1 to this report;

        2.   BACKGROUND

             The review examined the gritting of rural routes, following the
             report by the Head of Roads to the Communities Committee in 2024.
        """;

    [Fact]
    public void Extract_StampedNumberedReports_SplitIntoMinutesAndOneReportEach()
    {
        var result = ExtractorFactory.Extract(Pack, "agenda.txt");

        Assert.Equal([PartKind.FrontSheet, PartKind.Minutes, PartKind.Report], result.Parts.Select(p => p.Kind));
        Assert.Contains("Roads Winter Maintenance", result.Parts[2].Title, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("AGENDA ITEM NO 5", result.Parts[2].Text.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LowerCaseMinutesLabelOverTheMeeting_StillOpensTheMinutes()
    {
        // Nottinghamshire's logo prints "minutes" in lower case above the meeting's details.
        const string minutes = """
            minutes

            Meeting          PLACE SELECT COMMITTEE

            Date             Monday 20 January 2025 (commencing at 10.30 am)

            Present:         Councillor Philip Hartwell (Chairman), Councillor Nigel Askew

            1    WORK PROGRAMME

                 RESOLVED: That the work programme be agreed.
            """;

        var result = ExtractorFactory.Extract(minutes, "minutes.txt");

        Assert.Contains(result.Parts, p => p.Kind == PartKind.Minutes);
        Assert.Single(result.Facts.Resolutions);
    }

    [Fact]
    public void Extract_MinutesWhoseSentencesWrapOntoAppendixOrMinuteWords_KeepTheirRecommendation()
    {
        var facts = ExtractorFactory.Extract(Pack, "agenda.txt").Facts;

        var recommendation = Assert.Single(facts.Recommendations);
        Assert.Equal(new DateOnly(2025, 4, 22), recommendation.MeetingDate);
        Assert.Contains("void re-let target of 35 calendar days", recommendation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BusinessListNamingWhoseReportEachItemIs_StaysOnTheFrontSheet()
    {
        // Edinburgh lists each report's author and pages under its item.
        const string frontSheet = """
            Governance, Risk and Best Value Committee

            10.00am, Tuesday, 4 March 2025

            7.  Executive Decisions

            7.1 Internal Audit: Progress Report 1 April 2024 to 31 January 2025 -
                Report by the Chief Internal Auditor                              23 - 34

            8.  Routine Decisions

            8.1 None

            Committee Members

            Councillor Euan Craigie (Convener), Councillor Morven Lauder (Vice-Convener).
            """;

        var result = ExtractorFactory.Extract(frontSheet, "agenda.txt");

        Assert.Equal([PartKind.FrontSheet], result.Parts.Select(p => p.Kind));
    }
}
