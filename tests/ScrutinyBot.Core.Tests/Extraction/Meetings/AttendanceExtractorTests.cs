using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

public sealed class AttendanceExtractorTests
{
    private const string Minutes = """
        Minutes of the meeting held at the Town Hall on 2 October 2024 from 6.00 pm to 8.10 pm

        Present

        Councillor Jane Archer (Chair) Councillor Tom Forrest Councillor Ruth Grundy (Vice Chair)

        Absent

        Councillor Eddie Grundy

        Substitutes

        Councillor Jolene Fairbrother for Councillor Alan Franks

        Colleagues, partners and others in attendance:

        Usha Franks	- Director of Legal Services
        Jim Lloyd	- Scrutiny Officer

        30 Apologies for Absence

        Councillor Peggy Woolley - other council business
        Councillor Brian Aldridge - unwell

        31 Declarations of Interests

        None.
        """;

    [Fact]
    public void Extract_MinutesHeader_ReadsEveryStatus()
    {
        var attendance = ExtractorFactory.Extract(Minutes).Facts.Attendance;

        Assert.Contains(attendance, a => a.Name == "Councillor Jane Archer" && a.Status == AttendanceStatus.Present && a.Role == "Chair");
        Assert.Contains(attendance, a => a.Name == "Councillor Tom Forrest" && a.Status == AttendanceStatus.Present);
        Assert.Contains(attendance, a => a.Name == "Councillor Eddie Grundy" && a.Status == AttendanceStatus.Absent);
        Assert.Contains(attendance, a => a.Name == "Councillor Jolene Fairbrother" && a.Status == AttendanceStatus.Substitute);
        Assert.Contains(attendance, a => a.Name == "Usha Franks" && a.Status == AttendanceStatus.InAttendance && a.Role == "Director of Legal Services");
        Assert.Contains(attendance, a => a.Name == "Councillor Peggy Woolley" && a.Status == AttendanceStatus.Apologies);
        Assert.Contains(attendance, a => a.Name == "Councillor Brian Aldridge" && a.Status == AttendanceStatus.Apologies);
        Assert.All(attendance, a => Assert.Equal(new DateOnly(2024, 10, 2), a.MeetingDate));
    }

    [Fact]
    public void Extract_TickTable_UntickedMembersAreAbsent()
    {
        const string minutes = "MINUTES of the meeting held at Zoom on 28 June 2022 from 4.05 pm - 5.51 pm\n\n✓\tCllr Pat Archer (Chair)\tPortfolio Holder\n\tTony Archer\tFarmers' representative\n\n✓ Indicates present at meeting\n\n1 APOLOGIES FOR ABSENCE\n\nNone.\n";

        var attendance = ExtractorFactory.Extract(minutes).Facts.Attendance;

        Assert.Contains(attendance, a => a.Name == "Cllr Pat Archer" && a.Status == AttendanceStatus.Present);
        Assert.Contains(attendance, a => a.Name == "Tony Archer" && a.Status == AttendanceStatus.Absent);
    }

    [Theory]
    [InlineData("*Present")]
    [InlineData("* Present")]
    [InlineData("* denotes Members present")]
    public void Extract_MembershipStarredByPresence_StarredMembersArePresent(string legend)
    {
        var minutes = "AT A MEETING of the Universal Services Select Committee held at The Castle, Winchester on\nTuesday, 14th January, 2025 at 10.00 am\n\n                 Chairman:\n         * Councillor Graham Penfold\n\n"
            + "  * Councillor Andrew Bramshaw               * Councillor Kirsty Longstock\n  * Councillor Simon Twyford                   Councillor Peter Odiham\n    Councillor Mark Exbury                   * Councillor Jan Bursledon\n\n  " + legend + "\n\n"
            + "46.    APOLOGIES FOR ABSENCE\n\n       Apologies were received from Councillor Mark Exbury and Councillor Peter Odiham.\n\n47.    DECLARATIONS OF INTEREST\n\n       None.\n";

        var attendance = ExtractorFactory.Extract(minutes).Facts.Attendance;

        var present = attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name).Order().ToList();
        Assert.Equal(["Councillor Andrew Bramshaw", "Councillor Graham Penfold", "Councillor Jan Bursledon", "Councillor Kirsty Longstock", "Councillor Simon Twyford"], present);
        Assert.Equal(["Councillor Mark Exbury", "Councillor Peter Odiham"], attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name).Order());
    }

    [Fact]
    public void Extract_PresentEqualsStarLegendAboveTheMembership_StarredMembersArePresent()
    {
        const string minutes = """
            MINUTES of the meeting of the COMMUNITIES SELECT COMMITTEE held at 10.00 am on 6 March 2025 at
            Council Chamber, Woodhatch Place, Reigate.

            Elected Members:
            (Present = *)

             *  Jonathan Hesketh (Chairman)
                Mark Sheldrake (Vice-Chairman)
             *  Alison Banstead
                Harriet Lindfield
             *  Neil Ashcombe

            9/25   APOLOGIES FOR ABSENCE  [Item 1]

                   Apologies were received from Mark Sheldrake and Harriet Lindfield.

            10/25  HIGHWAYS UPDATE  [Item 2]

                   The report was noted.
            """;

        var attendance = ExtractorFactory.Extract(minutes).Facts.Attendance;

        Assert.Equal(["Alison Banstead", "Jonathan Hesketh", "Neil Ashcombe"], attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name).Order());
        Assert.Equal(["Harriet Lindfield", "Mark Sheldrake"], attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name).Order());
    }

    [Theory]
    [InlineData("The Democratic Services Manager reported apologies from Mr Beaney, Mr\nCampkin, Miss Carey, Mr Collor and Mr\nWright.\nMs Grehan had given her formal apologies but attended virtually.", "Mr Beaney|Mr Campkin|Miss Carey|Mr Collor|Mr Wright")]
    [InlineData("Apologies for absence were received from Councillors Amy Lowe and\nBen Shah.", "Councillor Amy Lowe|Councillor Ben Shah")]
    public void Extract_ApologiesSentenceWrappedOverLines_EveryNameRead(string item, string expected)
    {
        var minutes = "Minutes of the meeting held at the Town Hall on 2 October 2024\n\n1. Apologies for Absence\n" + item + "\n2. Declarations of Interest\nNone.\n3. Budget\nThe report was noted.";

        var apologies = ExtractorFactory.Extract(minutes).Facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name);

        Assert.Equal(expected.Split('|'), apologies);
    }

    [Theory]
    [InlineData("Present: Councillor Jane Smith (Chair), Councillors Ahmed, Brown, Clarke and Davies", "Councillor Jane Smith|Councillor Ahmed|Councillor Brown|Councillor Clarke|Councillor Davies")]
    [InlineData("Present: Councillor R. Jones (Chair)\nCouncillors: A. Lewis, B. Morgan, C. Price", "Councillor R. Jones|Councillor A. Lewis|Councillor B. Morgan|Councillor C. Price")]
    [InlineData("Present: Cllrs Ahmed and Brown, Councillor Jane Smith (Chair)", "Councillor Jane Smith|Cllr Ahmed|Cllr Brown")]
    public void Extract_PluralTitle_BelongsToEveryNameOfItsList(string header, string expected)
    {
        var minutes = $"MINUTES of the meeting of the Overview and Scrutiny Committee held on Tuesday, 14 January 2025 at 6.30 pm\n\n{header}\n\n45. Housing Repairs\n\nRESOLVED that the report be noted.\n";

        var present = ExtractorFactory.Extract(minutes).Facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name);

        Assert.Equal(expected.Split('|').Order(), present.Order());
    }

    [Fact]
    public void Extract_ApologiesSentenceInTheHeader_NamesWhoSentThemAndNotTheHeadingsBelow()
    {
        const string minutes = """
            At a MEETING of the SCRUTINY COMMITTEE held at Dundee on 22nd January, 2025.

            Present:-

            Councillor Morven KINNEAR, Convener, in the Chair.
            Councillor Fraser DUTHIE
            Councillor Lynne SHORT

            Apologies for absence were submitted on behalf of Councillor Ayesha RAFIQ and
            Councillor Ken LYNN.

            I      DECLARATION OF INTEREST

            Councillor DUTHIE declared a non-financial interest in Article IV.

            II     MINUTE OF PREVIOUS MEETING

            The minute of meeting of this Committee of 20th November, 2024 was submitted and approved.
            """;

        var apologies = ExtractorFactory.Extract(minutes).Facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name).ToList();

        Assert.Equal(["Councillor Ayesha RAFIQ", "Councillor Ken LYNN"], apologies);
    }
    [Fact]
    public void Extract_ChairThenMembersWithNoLabel_AreThePresentList()
    {
        const string minutes = """
            Minutes of the meeting held on Thursday, 6 March 2025 commencing at 10.00 am at
            County Hall, Northtown.

            Councillor Andrew Wrightson in the Chair plus Councillors Alyson Baker, Philip Barrett,
            David Fenwick and Karin Shaw-Wright.

            Substitute Member: Councillor Melanie Dales (for Councillor Nicola Cooper-Holmes).

            Apologies: Councillors Nicola Cooper-Holmes and Pat Marshall.


            51    Apologies for Absence

                  Apologies were noted as above.
            """;

        var attendance = ExtractorFactory.Extract(minutes).Facts.Attendance;

        Assert.Equal(
            ["Councillor Andrew Wrightson", "Councillor Alyson Baker", "Councillor Philip Barrett", "Councillor David Fenwick", "Councillor Karin Shaw-Wright"],
            attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.Equal("Chair", attendance[0].Role);
        Assert.Contains(attendance, a => a.Name == "Councillor Melanie Dales" && a.Status == AttendanceStatus.Substitute);
        Assert.Equal(["Councillor Nicola Cooper-Holmes", "Councillor Pat Marshall"], attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name));
    }
}
