using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Extraction.Meetings;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>A heading in capitals between the attendance lists and the first item ends the lists and is never read as
/// a person, in two councils' layouts: Kent's comma lists and Nottingham City's tabbed table.</summary>
public sealed class AttendanceSectionHeadingTests
{
    // Kent's layout (cabinet minutes, 9 January 2025): "IN ATTENDANCE:" list, then "UNRESTRICTED ITEMS" centred above item 76.
    private const string KentMinutes = "MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions\nHouse, County Hall, Maidstone on Thursday, 9 January 2025.\n\n"
        + "PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs C Bell\n\n"
        + "IN ATTENDANCE: Dr A Ghosh (Director of Public Health), Mr B Watts (General Counsel) and\nMr D Whittle (Director of Strategy, Policy, Relationships and Corporate Assurance)\n\n"
        + "UNRESTRICTED ITEMS\n\n"
        + "76. Apologies\n(Item 1)\n\nNo apologies were received.\n\n77. Declarations of Interest\n(Item 2)\n\nNone.\n";

    // Nottingham City's layout (samples/000): a table of names and titles, then a heading for the public business.
    private const string NottinghamMinutes = "Minutes of the meeting held at Loxley House on 13 November 2024 from 9.31 am - 12.03 pm\n\n"
        + "Membership\n\nCouncillor Georgia Power\nCouncillor Michael Savage\n\n"
        + "Colleagues, partners and others in attendance:\n\n"
        + "Nick Lee\t Director of Education Services\n"
        + "Adrian Mann\t Scrutiny and Audit Support Officer\n\n"
        + "PART A - ITEMS CONSIDERED IN PUBLIC\n\n"
        + "20 Apologies for Absence\n\nNone.\n\n21 Declarations of Interest\n\nNone.\n";

    [Fact]
    public void Extract_KentHeadingAfterInAttendance_NotAPerson()
    {
        var attendance = ExtractorFactory.Extract(KentMinutes).Facts.Attendance;

        Assert.DoesNotContain(attendance, a => a.Name.Contains("ITEMS", StringComparison.Ordinal));
        Assert.Contains(attendance, a => a.Name == "Mr D Whittle" && a.Status == AttendanceStatus.InAttendance);
        Assert.Equal(6, attendance.Count);
    }

    [Fact]
    public void Extract_NottinghamHeadingAfterTable_NotAPerson()
    {
        var attendance = ExtractorFactory.Extract(NottinghamMinutes).Facts.Attendance;

        Assert.DoesNotContain(attendance, a => a.Name.Contains("PART", StringComparison.Ordinal));
        Assert.Contains(attendance, a => a.Name == "Adrian Mann" && a.Status == AttendanceStatus.InAttendance);
        Assert.Equal(4, attendance.Count);
    }

    [Theory]
    [InlineData("UNRESTRICTED ITEMS", true)]
    [InlineData("EXEMPT ITEMS:", true)]
    [InlineData("PART A - ITEMS CONSIDERED IN PUBLIC", true)]
    [InlineData("OPEN SESSION", true)]
    [InlineData("MR R W GOUGH", false)]
    [InlineData("COUNCILLOR J SMITH (CHAIR)", false)]
    [InlineData("Unrestricted items", false)]
    [InlineData("JOHN SMITH", false)]
    public void EndsAttendance_CapitalLine_OnlyHeadingShapesWithoutATitle(string line, bool expected)
    {
        Assert.Equal(expected, SectionHeadings.EndsAttendance(line));
    }
}
