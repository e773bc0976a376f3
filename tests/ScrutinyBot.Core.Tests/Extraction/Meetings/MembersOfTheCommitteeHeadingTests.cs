using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>Minutes whose attendance stands under "ATTENDANCE" and "MEMBERS OF THE COMMITTEE" headings: a comma list
/// of initials and surnames, the chairman marked in brackets, then the apologies and others in attendance.</summary>
public sealed class MembersOfTheCommitteeHeadingTests
{
    private const string Minutes = """
        WESTSHIRE COUNTY COUNCIL

        RESOURCES SCRUTINY COMMITTEE
        THURSDAY 6 MARCH 2025 AT 10:00AM

        MINUTES of the meeting held in the COUNCIL CHAMBER, COUNTY HALL, WESTBURY

        ATTENDANCE

        MEMBERS OF THE COMMITTEE

        A B Lowther, C Marsh (Vice-Chairman), D E Penrose, F Quayle,
        G H Rendell (Chairman), J Stroud

        Apologies for absence: K L Tatton

        Officers in attendance: Mary Upton (Head of Scrutiny)

        1.    MINUTES

        1.1   The Minutes of the meeting held on 6 February 2025 were confirmed as a correct record.
        """;

    [Fact]
    public void Extract_MembersListedUnderTheHeading_ArePresentWithTheChair()
    {
        var facts = ExtractorFactory.Extract(Minutes, "minutes.txt").Facts;

        var present = facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name).ToList();
        Assert.Equal(["A B Lowther", "C Marsh", "D E Penrose", "F Quayle", "G H Rendell", "J Stroud"], present);
        Assert.Equal("G H Rendell", Assert.Single(facts.Meetings).Chair);
        Assert.Contains(facts.Attendance, a => a.Name == "K L Tatton" && a.Status == AttendanceStatus.Apologies);
    }

    [Theory]
    [InlineData("Members of the Committee welcomed Councillor Jane Doe.")]
    [InlineData("Members of the Committee thanked Mr Tom Ince, the outgoing clerk.")]
    public void Extract_SentenceOpeningWithTheWords_ReadsNoOne(string sentence)
    {
        var minutes = "Minutes of the meeting held at County Hall on 6 March 2025\n\nPresent: Councillor Ann Lowther (Chair)\n\n" + sentence + "\n\n1. Budget\n\nThe report was noted.\n";

        var attendance = ExtractorFactory.Extract(minutes, "minutes.txt").Facts.Attendance;

        Assert.Equal("Councillor Ann Lowther", Assert.Single(attendance).Name);
    }
}
