using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Text;

/// <summary>Leicester prints its attendance heading with the letters spaced out ("P R E S E N T :").</summary>
public sealed class LetterSpacedHeadingTests
{
    private const string Minutes = """
                                   Minutes of the Meeting of the
                           HEALTH AND WELLBEING SCRUTINY COMMISSION

                             Held: THURSDAY, 20 MARCH 2025 at 5:30 pm

                                         P R E S E N T :

                                  Councillor Dr Whitmore (Chair)
                                  Councillor Sandhu (Vice Chair)

                     Councillor Aldred                     Councillor Bhatti

         57.  WELCOME AND APOLOGIES FOR ABSENCE

              The Chair welcomed everyone to the meeting.
        """;

    [Fact]
    public void Extract_LetterSpacedPresentHeading_ReadsTheMembersUnderIt()
    {
        var facts = ExtractorFactory.Extract(Minutes, "minutes.txt").Facts;

        var present = facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name).ToList();
        Assert.Contains("Councillor Dr Whitmore", present);
        Assert.Contains("Councillor Bhatti", present);
    }

    [Theory]
    [InlineData("P R E S E N T :", "PRESENT:")]
    [InlineData("A G E N D A", "AGENDA")]
    [InlineData("Y N Y", "Y N Y")] // a row of votes, too short to be a word
    [InlineData("Plan A B C D E", "Plan A B C D E")]
    public void Clean_LetterSpacedWord_IsJoined(string raw, string expected) =>
        Assert.Equal(expected, ScrutinyBot.Core.Extraction.Text.LineCleaner.Clean(raw));
}
