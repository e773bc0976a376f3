namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Minutes that number no item, as Belfast's and Sunderland's are printed: each title stands alone between blank lines
/// over the prose of its item; decisions follow "After discussion, the Committee:" as a dashed list; the item on the
/// committee's own work programme is an item of the minutes, not a programme of its own.
/// </summary>
public sealed class UnnumberedItemMinutesTests
{
    private const string Minutes = """
                       MEETING OF THE PEOPLE AND COMMUNITIES COMMITTEE
                       Held in the Lavery Room - City Hall
                       on Tuesday, 4th February, 2025 at 5.15 p.m.

             Members present:       Councillor Quinlivan (Chairperson);
                                    Councillors Ardill, Brannigan and Wolsey.

                                           Apologies

                    Apologies for inability to attend were reported on behalf of
             Councillors Devlin-Foy and Twomey.

                                           Minutes

                    The minutes of the meeting of 7th January were taken as read and signed
             as correct.

                  Motions and Issues Raised in Advance by Members - Update

                    The Committee was reminded that no response had been received from
             the Department for Infrastructure in relation to gated alleyways.

                    After discussion, the Committee:

                    -   noted the update on motions and issues raised in advance; and
                    -   agreed that the Chairperson write to the Permanent Secretary of
                        the Department for Infrastructure seeking a response.

                  People and Communities Committee Forward Work Programme 2025

                    The Committee noted the forward work programme and agreed that a report
             on hire charges for community centres be added to the April meeting.

                              Proposal for Naming New Streets

                    The Committee approved the application for the naming of Cherryvale
             Mews, off Ravenhill Road, BT6.
        """;

    [Fact]
    public void Extract_TitlesStandingAlone_AreTheItems()
    {
        var items = ExtractorFactory.Extract(Minutes).Facts.AgendaItems.Select(i => i.Title);

        Assert.Equal(["Apologies", "Minutes", "Motions and Issues Raised in Advance by Members - Update", "People and Communities Committee Forward Work Programme 2025", "Proposal for Naming New Streets"], items);
    }

    [Fact]
    public void Extract_TableDatesBelowUnnumberedMinutes_AreNotTheItems()
    {
        var pack = Minutes + "\n\n     Date raised   Issue                                 Response due\n     05/11/24      Motion - Period Dignity: letter       10/12/24\n     10/12/24      Issue raised by Cllr Ennis            28/01/25\n";

        var items = ExtractorFactory.Extract(pack).Facts.AgendaItems.Select(i => i.Title).ToList();

        Assert.Contains("Proposal for Naming New Streets", items);
        Assert.DoesNotContain(items, t => t.StartsWith("Motion - Period Dignity", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DecisionsUnderUnnumberedItems_AreReadWithTheirItems()
    {
        var resolutions = ExtractorFactory.Extract(Minutes).Facts.Resolutions;

        Assert.Contains(resolutions, r => r.Item == "Minutes" && r.Text.StartsWith("The minutes of the meeting of 7th January were taken as read", StringComparison.Ordinal));
        Assert.Contains(resolutions, r => r.Item == "Motions and Issues Raised in Advance by Members - Update" && r.Text.StartsWith("Noted the update on motions", StringComparison.Ordinal));
        Assert.Contains(resolutions, r => r.Item == "Motions and Issues Raised in Advance by Members - Update" && r.Text.StartsWith("Agreed that the Chairperson write", StringComparison.Ordinal));
        Assert.Contains(resolutions, r => r.Item == "People and Communities Committee Forward Work Programme 2025" && r.Text.StartsWith("The Committee noted the forward work programme", StringComparison.Ordinal));
        Assert.Contains(resolutions, r => r.Item == "Proposal for Naming New Streets" && r.Text.Contains("Cherryvale", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_UnnumberedMinutes_AttendanceStillRead()
    {
        var attendance = ExtractorFactory.Extract(Minutes).Facts.Attendance;

        Assert.Contains(attendance, a => a.Name.EndsWith("Quinlivan", StringComparison.Ordinal) && a.Status == ScrutinyBot.Core.Extraction.AttendanceStatus.Present);
        Assert.Contains(attendance, a => a.Name.EndsWith("Twomey", StringComparison.Ordinal) && a.Status == ScrutinyBot.Core.Extraction.AttendanceStatus.Apologies);
    }

    [Fact]
    public void Extract_StemThatDecidesOverItsList_IsADecisionAsWellAsItsItems()
    {
        const string minutes = "Minutes of the Scrutiny Programme Committee held on 10 February 2025\n\n64  Cabinet Member Question Session\n\n"
            + "Resolved that the Chair write to the Cabinet Member reflecting the Committee's discussion, including the views that:\n\n"
            + "-  the 20mph exceptions review be published by ward; and\n-  flood gully cleansing on the A4067 be increased.\n\n65  Work Programme\n\nResolved that the work programme be noted.\n";

        var texts = ExtractorFactory.Extract(minutes).Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Contains(texts, t => t.StartsWith("The Chair write to the Cabinet Member", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(texts, t => t.StartsWith("The 20mph exceptions review be published by ward", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(texts, t => t.StartsWith("Flood gully cleansing", StringComparison.OrdinalIgnoreCase));
    }

    private const string SunderlandMinutes = """
        HEALTH AND WELLBEING SCRUTINY COMMITTEE

        Council Chamber, City Hall, Sunderland

        At a meeting held on Tuesday, 4th February, 2025 at 5.30 p.m. in the Council Chamber.

        Present:-

        Councillor Pallister in the Chair

        Councillors Blenkinsop, Charlton and Tindle.

        Also in Attendance:-

        Dawn Southwick, Principal Governance Services Officer

        The Chair welcomed members to the first meeting of the new year.

        Apologies for Absence

        Apologies for absence were submitted to the meeting on behalf of
        Councillors Elstob and Nattrass.

        Minutes of the last meeting of the Committee held on 7th January, 2025

        5.   RESOLVED that the minutes of the last meeting of the Committee held
             on 7th January, 2025 be confirmed and signed as a correct record.

        Policy Review 2024/25: Social Isolation and Loneliness in Older People -
        Final Report

        The Scrutiny Officer presented the final report of the Committee's policy review.

        6.   RESOLVED that the final report be agreed and referred to Cabinet.
        """;

    [Fact]
    public void Extract_SunderlandMinutes_ItemsStartAfterTheAttendanceLists()
    {
        var facts = ExtractorFactory.Extract(SunderlandMinutes).Facts;

        Assert.Equal(
            ["Apologies for Absence", "Minutes of the last meeting of the Committee held on 7th January, 2025", "Policy Review 2024/25: Social Isolation and Loneliness in Older People - Final Report"],
            facts.AgendaItems.Select(i => i.Title));
        Assert.Contains(facts.Resolutions, r => r.Item!.StartsWith("Minutes of the last meeting", StringComparison.Ordinal) && r.Text.Contains("be confirmed and signed", StringComparison.Ordinal));
        Assert.Contains(facts.Resolutions, r => r.Item!.StartsWith("Policy Review", StringComparison.Ordinal) && r.Text.Contains("referred to Cabinet", StringComparison.Ordinal));
        Assert.Contains(facts.Attendance, a => a.Name.EndsWith("Blenkinsop", StringComparison.Ordinal));
    }
}
