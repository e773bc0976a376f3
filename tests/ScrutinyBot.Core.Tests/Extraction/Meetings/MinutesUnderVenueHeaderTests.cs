using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// Minutes as Brighton &amp; Hove prints them: the council, the committee, the time and date and the venue each on a
/// line of their own over a bare "MINUTES"; "Present:" with the title on the first name only ("Councillor Hollins
/// (Chair), Ashdown (Deputy Chair), Bracewell and Whitlock"); "Other Members present:" for cabinet members who came;
/// decisions in numbered paragraphs ("44.4  RESOLVED: That …").
/// </summary>
public sealed class MinutesUnderVenueHeaderTests
{
    private const string Minutes = """
        SEAVALE CITY COUNCIL

        PLACE OVERVIEW & SCRUTINY COMMITTEE

        4.00pm 10 MARCH 2025

        COUNCIL CHAMBER, SEAVALE TOWN HALL

        MINUTES

        Present: Councillor Hollins (Chair), Ashdown (Deputy Chair), Kerrigan (Opposition
        Spokesperson), Bracewell, Dunstan and Whitlock

        Apologies: Councillor Mwale

        Other Members present: Councillor Sandhu (Cabinet Member for Transport) and
        Councillor Greenhalgh (Cabinet Member for Net Zero)

        Officers in attendance: Daniel Orme (Head of City Environment)


                                              PART ONE


        44    PROCEDURAL BUSINESS

        44.1  RESOLVED: That the press and public not be excluded from the meeting.

        45    COMMUNAL BIN COLLECTION SERVICE PERFORMANCE

        45.1  The Head of City Environment introduced the report.

        45.2  RESOLVED: That the Committee:

              (1) notes the communal collection performance information; and

              (2) recommends to Cabinet that route-level missed collection data be
                  published quarterly.

        The meeting concluded at 6.38pm
        """;

    [Fact]
    public void Extract_BareMinutesHeadingUnderTheVenue_IsOnePartOfMinutesOfThatMeeting()
    {
        var result = ExtractorFactory.Extract(Minutes, "minutes.txt");

        Assert.Equal(PartKind.Minutes, Assert.Single(result.Parts).Kind);
        var meeting = Assert.Single(result.Facts.Meetings);
        Assert.Equal((new DateOnly(2025, 3, 10), "COUNCIL CHAMBER, SEAVALE TOWN HALL"), (meeting.Date, meeting.Place));
        Assert.Collection(
            result.Facts.Resolutions,
            r => Assert.Equal("The press and public not be excluded from the meeting.", r.Text),
            r => Assert.StartsWith("Notes the communal collection performance information", r.Text, StringComparison.Ordinal),
            r => Assert.Equal("Recommends to Cabinet that route-level missed collection data be published quarterly.", r.Text));
    }

    [Fact]
    public void Extract_TitleOnTheFirstNameOnly_EverySurnameIsACouncillorPresent()
    {
        var facts = ExtractorFactory.Extract(Minutes, "minutes.txt").Facts;

        Assert.Equal(
            ["Councillor Hollins", "Councillor Ashdown", "Councillor Kerrigan", "Councillor Bracewell", "Councillor Dunstan", "Councillor Whitlock"],
            facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.Equal("Councillor Hollins", Assert.Single(facts.Meetings).Chair);
    }

    [Fact]
    public void Extract_OtherMembersPresent_AreInAttendanceNotApologies()
    {
        var facts = ExtractorFactory.Extract(Minutes, "minutes.txt").Facts;

        Assert.Equal(["Councillor Mwale"], facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name));
        Assert.Equal(
            ["Councillor Sandhu", "Councillor Greenhalgh", "Daniel Orme"],
            facts.Attendance.Where(a => a.Status == AttendanceStatus.InAttendance).Select(a => a.Name));
    }
}
