
namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>Minutes that head the columns of who was present with the members' parties, as Bradford prints them: the
/// parties are no one present, and each surname under them is a councillor present.</summary>
public sealed class AttendanceByPartyTests
{
    private const string Minutes = """
        Minutes of a meeting of the Children's Services Overview and Scrutiny
        Committee held on Tuesday, 11 February 2025 in Committee Room 1, City Hall,
        Bradford

        Present – Councillors

        LABOUR                  CONSERVATIVE            LIBERAL DEMOCRAT         INDEPENDENT
        Ahmed                   Townend                 Jamieson                 Clegg
        Fairbank                Midgley
        Devlin (Alternate)

        Apologies:      Councillor Sagoo

        44.   DISCLOSURES OF INTEREST

              No disclosures of interest were made.
        """;

    [Fact]
    public void Extract_SurnamesUnderParties_AreTheCouncillorsPresent()
    {
        var attendance = ExtractorFactory.ExtractTextFile(Minutes, "minutes.txt").Facts.Attendance;

        Assert.DoesNotContain(attendance, a => a.Name.Contains("DEMOCRAT", StringComparison.OrdinalIgnoreCase) || a.Name.Contains("LABOUR", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["Councillor Ahmed", "Councillor Townend", "Councillor Jamieson", "Councillor Clegg", "Councillor Fairbank", "Councillor Midgley", "Councillor Devlin"],
            attendance.Where(a => a.Status == Core.Extraction.AttendanceStatus.Present).Select(a => a.Name));
        Assert.Contains(attendance, a => a.Name == "Councillor Sagoo" && a.Status == Core.Extraction.AttendanceStatus.Apologies);
    }
}
