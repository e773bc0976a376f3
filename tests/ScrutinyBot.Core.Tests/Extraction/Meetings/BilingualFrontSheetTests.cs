using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// A Welsh council's papers: a letterhead naming the council in both languages and dated the day the pack went out,
/// then the committee in both languages, "Date and time of meeting:" and a venue wrapped over two lines; minutes "of a
/// Hybrid meeting" whose apologies item says "These were received from …".
/// </summary>
public sealed class BilingualFrontSheetTests
{
    private const string FrontSheet = """
                   Cyngor Bro Morgannwg          Vale of Glamorgan Council

                            Dyddiad / Date: 4th February, 2025

        RHYBUDD O GYFARFOD / NOTICE OF MEETING

        Pwyllgor Craffu Amgylchedd ac Adfywio
        Environment and Regeneration Scrutiny Committee

        Date and time of meeting:    Tuesday, 11th February, 2025 at 6.00 p.m.

        Venue:                       Hybrid Meeting - Council Chamber, Civic Offices,
                                     Holton Road, Barry

        To:  Members of the Environment and Regeneration Scrutiny Committee

             Chair:       Councillor Rhiannon Bevan

        AGENDA / AGENDA

        1.   Apologies for absence.

        2.   Minutes.
        """;

    private const string Minutes = """
        ENVIRONMENT AND REGENERATION SCRUTINY COMMITTEE

        Minutes of a Hybrid meeting held on 11th February, 2025 at 6.00 p.m. in the
        Council Chamber, Civic Offices, Holton Road, Barry.

        Present: Councillor Rhiannon Bevan (Chair); Councillors Lyndon Griffiths and Megan Thomas.

        804  APOLOGIES FOR ABSENCE -

        These were received from Councillors Bethan Evans and Dafydd Rees.

        805  MINUTES -

        RECOMMENDED - THAT the minutes of the meeting held on 14th January, 2025 be approved as a correct record.
        """;

    [Fact]
    public void Extract_FrontSheet_ReadsTheMeetingsFieldsNotTheLetterhead()
    {
        var meeting = Assert.Single(ExtractorFactory.Extract(FrontSheet).Facts.Meetings);

        Assert.Equal("Environment and Regeneration Scrutiny Committee", meeting.Committee);
        Assert.Equal(new DateOnly(2025, 2, 11), meeting.Date);
        Assert.Equal(new TimeOnly(18, 0), meeting.Start);
        Assert.Equal("Hybrid Meeting - Council Chamber, Civic Offices, Holton Road, Barry", meeting.Place);
    }

    [Fact]
    public void Extract_MinutesOfAHybridMeeting_KeepTheCommitteeAndReadUnnamedApologies()
    {
        var facts = ExtractorFactory.Extract(Minutes).Facts;

        Assert.Equal("Environment and Regeneration Scrutiny Committee", Assert.Single(facts.Meetings).Committee);
        Assert.Equal(["Councillor Bethan Evans", "Councillor Dafydd Rees"], facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name).Order());
    }

    [Fact]
    public void Extract_DateLineAboveTheMeetingsDateField_GivesWayToTheField()
    {
        const string text = """
            Westshire County Council
            Environment Scrutiny Committee
            Despatched: 4 February 2025

            Date of meeting: Tuesday, 11 February 2025
            Time: 6.00 pm
            Venue: Council Chamber, County Hall

            1. Apologies for absence
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal((new DateOnly(2025, 2, 11), new TimeOnly(18, 0)), (meeting.Date, meeting.Start));
    }

    [Theory]
    [InlineData("Vale of Glamorgan Council")]
    [InlineData("Isle of Wight Council")]
    public void Read_CouncilNamedWithOf_IsACouncilNotACommittee(string line)
    {
        Assert.Equal((line, (string?)null), ScrutinyBot.Core.Extraction.Text.CouncilNames.Read(line));
    }

    [Fact]
    public void Extract_BilingualLabelsAloneOverTheirValues_ReadsTheVenue()
    {
        const string text = """
                                      Cyngor Gwynedd Council

            Communities Scrutiny Committee
            Pwyllgor Craffu Cymunedau

            Date and Time / Dyddiad ac Amser

            10.30 am, Thursday, 13th March, 2025

            Location / Lleoliad

            Hybrid Meeting - Siambr Hywel Dda, Council Offices, Caernarfon, LL55 1SH

            1.   APOLOGIES
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal("Hybrid Meeting - Siambr Hywel Dda, Council Offices, Caernarfon, LL55 1SH", meeting.Place);
    }

    [Theory]
    [InlineData("COMMUNITIES SCRUTINY COMMITTEE 13/03/25", "Communities Scrutiny Committee")]
    [InlineData("Communities Scrutiny Committee - 13.03.2025", "Communities Scrutiny Committee")]
    public void Read_BodyNameFollowedByANumericDate_GivesTheBody(string line, string body) =>
        Assert.Equal(body, ScrutinyBot.Core.Extraction.Text.CouncilNames.Read(line).Committee);
}
