using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// Attendance labelled as Northern Irish and Welsh councils minute hybrid meetings: "In the Chair:", members "In
/// attendance in Chamber:" and "In attendance via Teams:", "Officials in attendance:", a committee's "… Committee
/// Members in attendance:-" with its co-opted members, and apologies from "County Borough Councillors".
/// </summary>
public sealed class AttendanceLabelledByModeTests
{
    private const string NorthernIrish = """
                           SOUTHMOURNE DISTRICT COUNCIL

        Minutes of Strategy and Resources Committee Meeting held on Thursday, 14 March 2024
        at 6:00 pm in the Mourne Room, Civic Centre, Downpatrick and via Microsoft Teams.

        In the Chair:                      Councillor Pádraig Rooney

        In attendance in Chamber:          Councillor Terry Andrews
                                           Councillor Declan Carville

        In attendance via Teams:           Councillor Glyn Hanna

        Officials in attendance:           Mrs M O'Driscoll, Chief Executive
                                           Mr G Fitzsimons, Director of Corporate Services

        SR/020/2024: APOLOGIES

        Apologies were received from Councillor Murtagh.
        """;

    private const string Welsh = """
                  VALLEYS COUNCIL OVERVIEW & SCRUTINY COMMITTEE

          Minutes of the hybrid meeting of the Overview & Scrutiny Committee held on Monday, 11 March
            2024 at 5.00 pm at the Council Chamber, The Pavilions, Clydach Vale

           County Borough Councillors - Overview & Scrutiny Committee Members in attendance:-

                                    Councillor G Hopkins-Rees (Chair)

           Councillor M Lewis          Councillor S Bevan          Councillor J Davies-Thomas

                                      Co-opted Members in attendance:-

                         Mr J Pritchard - Church in Wales Representative

                                         Officers in attendance:-

                        Mr R Mathias, Director of Legal and Democratic Services

        69   WELCOME AND APOLOGIES

             Apologies for absence were received from County Borough Councillors D Cadwallader and R Griffiths.
        """;

    [Fact]
    public void Extract_MembersByHowTheyAttended_ArePresentAndTheChairHeadsThem()
    {
        var facts = Read(NorthernIrish);

        Assert.Equal(["Councillor Pádraig Rooney", "Councillor Terry Andrews", "Councillor Declan Carville", "Councillor Glyn Hanna"], Names(facts, AttendanceStatus.Present));
        Assert.Equal(["Mrs M O'Driscoll", "Mr G Fitzsimons"], Names(facts, AttendanceStatus.InAttendance));
        Assert.Equal("Councillor Pádraig Rooney", Assert.Single(facts.Meetings).Chair);
    }

    [Fact]
    public void Extract_CommitteeMembersInAttendanceAndCountyBoroughCouncillorsApologies_AreRead()
    {
        var facts = Read(Welsh);

        Assert.Equal(["Councillor G Hopkins-Rees", "Councillor M Lewis", "Councillor S Bevan", "Councillor J Davies-Thomas", "Mr J Pritchard"], Names(facts, AttendanceStatus.Present));
        Assert.Equal(["County Borough Councillor D Cadwallader", "County Borough Councillor R Griffiths"], Names(facts, AttendanceStatus.Apologies));
    }

    private static IReadOnlyList<string> Names(DocumentFacts facts, AttendanceStatus status) =>
        [.. facts.Attendance.Where(a => a.Status == status).Select(a => a.Name)];

    private static DocumentFacts Read(string text) =>
        ExtractorFactory.ExtractTextFile(text, "minutes.txt").Facts;
}
