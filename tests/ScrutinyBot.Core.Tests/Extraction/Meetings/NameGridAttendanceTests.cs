using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// Minutes printed as a text file that list the members present in two columns under a centred "PRESENT", each name
/// under its title ("Mr. L. Breedon CC          Miss C. Keyham CC"), as some county councils print them.
/// </summary>
public sealed class NameGridAttendanceTests
{
    private const string Minutes = """
       Minutes of a meeting of the Highways and Transport Overview and Scrutiny Committee
       held at County Hall, Westbridge on Tuesday, 11 March 2025.


                                             PRESENT

                                 Mr. A. B. Fenwick CC (in the Chair)

       Mr. L. Harrow CC                           Miss C. Dunmore CC
       Dr. R. K. Patel CC                         Mrs. J. Ollerton CC


       Apologies for absence

       Mrs. S. Quarry CC.


       61.   Minutes of the previous meeting.

             The minutes of the meeting held on 14 January 2025 were taken as read,
             confirmed and signed.
    """;

    [Fact]
    public void Extract_NamesInTwoColumns_ReadsEachNameApart()
    {
        var attendance = ExtractorFactory.ExtractTextFile(Minutes, "minutes.txt").Facts.Attendance;

        Assert.Equal(
            ["Mr. A. B. Fenwick CC", "Mr. L. Harrow CC", "Miss C. Dunmore CC", "Dr. R. K. Patel CC", "Mrs. J. Ollerton CC"],
            attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.Equal("Mrs. S. Quarry CC", Assert.Single(attendance, a => a.Status == AttendanceStatus.Apologies).Name);
    }

    [Fact]
    public void Extract_InAttendanceInTwoColumns_EachCellIsANameNotANameAndItsRole()
    {
        const string minutes = """
            Minutes of the meeting of the Overview & Scrutiny Committee held at the Council Chamber, Westbridge,
            on Monday, 3 March 2025 at 5.00 pm

            County Borough Councillors - Overview & Scrutiny Committee Members in
            attendance:-

                    Councillor G Pryce (Chair)

                Councillor R Harries              Councillor C Thomas-Lewis
                Councillor J Parry                Councillor M Hopkins

            1.   APOLOGIES FOR ABSENCE

                 None were received.
            """;

        var names = ExtractorFactory.ExtractTextFile(minutes, "minutes.txt").Facts.Attendance.Select(a => a.Name).ToList();

        Assert.Equal(["Councillor G Pryce", "Councillor R Harries", "Councillor C Thomas-Lewis", "Councillor J Parry", "Councillor M Hopkins"], names);
    }
}
