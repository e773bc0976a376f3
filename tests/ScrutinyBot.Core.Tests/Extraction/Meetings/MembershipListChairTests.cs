using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// The chair a front sheet's membership list marks, however the list is introduced: a letter's "To: The Members of
/// the … Committee" over names with initials, a party table under "Members of the Committee - Councillors" with
/// surnames only, "To … Committee members as follows:-" over initials and surnames, "The … Panel members are:-".
/// </summary>
public sealed class MembershipListChairTests
{
    private static string Front(string membership) => $"""
        Meeting of Places Overview and Scrutiny Committee

        Date          Tuesday 4 February 2025

        Time          10.00 am

        Venue         Committee Room 1, Shire Hall, Westbury

        1.    Apologies

        2.    Minutes of the meeting held on 3 December 2024

        3.    Highways Asset Management Plan

                                              Jo Bloggs
                                Head of Legal and Democratic Services

        {membership}

        Contact: Sam Pike                         Tel: 01234 567890
        """;

    [Theory]
    [InlineData("""
        To:    The Members of the Places Overview and Scrutiny
               Committee

               Councillor J Marwood (Chair)
               Councillor P Keld (Vice-Chair)

               Councillors E Ashby, S Brough, C Crake and M Dent
        """, "Councillor J Marwood")]
    [InlineData("""
        Members of the Committee - Councillors

        LABOUR                  CONSERVATIVE          GREEN
        Marwood (Chair)         Ashby                 Crake
        Keld (Deputy Chair)     Brough
        """, "Councillor Marwood")]
    [InlineData("""
        To Places Overview and Scrutiny Committee members as
        follows:-

        E. Ashby, S. Brough, C. Crake, M. Dent, P. Keld (Vice-Chair),
        J. Marwood (Chair), T. Nab
        """, "J. Marwood")]
    [InlineData("""
        The Places Overview and Scrutiny Committee members are:-

        Member
        Councillor Jane Marwood (Chair)
        Councillor Ed Ashby
        Councillor Sue Brough
        """, "Councillor Jane Marwood")]
    public void Extract_MembershipIntroducedInItsOwnWords_ReadsTheChairItMarks(string membership, string chair)
    {
        var meeting = Assert.Single(ExtractorFactory.ExtractTextFile(Front(membership), "places-agenda.txt").Facts.Meetings);

        Assert.Equal(chair, meeting.Chair);
    }
}
