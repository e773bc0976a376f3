using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// Apologies minuted as a sentence: "An apology for absence was submitted on behalf of …" in the header (Bolton), and
/// inside an item that is not the apologies' own: "1. General" over "(1) Apologies" (Warwickshire), "45 PROCEDURAL
/// BUSINESS" over "45.1 Apologies were received from …" (Brighton &amp; Hove). Names in a grid may carry a role with
/// its own bracket: "Gillian Brereton (Vice-Chair (Overview))" (Staffordshire).
/// </summary>
public sealed class ApologySentencesTests
{
    private const string Minutes = """
        OVERVIEW AND SCRUTINY COMMITTEE

        Minutes of the meeting held on Monday 10 March 2025

        Present:    Councillor Hill (Chair), Councillor Moss, Councillor Pike

        An apology for absence was submitted on behalf of Councillor Mrs Pilkington.

        1.      General

        (1)     Apologies

                Apologies were received from Councillor Dev Kinwarton (replaced by
                Councillor Kate Offchurch).

        2.      PROCEDURAL BUSINESS

        2.1     Apologies were received from Councillor Tarner.

        3.      Budget Monitoring

                The Committee accepted apologies from Councillor Joan Smith, the Cabinet Member, for the delay to the report.

                RESOLVED that the report be noted.
        """;

    private static IEnumerable<string> Apologies(string text) =>
        ExtractorFactory.Extract(text, "minutes.txt").Facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name);

    [Fact]
    public void Extract_ApologySentences_NameWhoSentThem() =>
        Assert.Equal(["Councillor Mrs Pilkington", "Councillor Dev Kinwarton", "Councillor Tarner"], Apologies(Minutes));

    [Fact]
    public void Extract_RoleWithItsOwnBracket_ReadsTheName()
    {
        const string grid = """
            Minutes of the Prosperous Overview and Scrutiny Committee Meeting held on
            24 February 2025 at 10.00 am in the Oak Room, County Buildings, Stafford

            Present: Martin Ashfield (Chair)

            Attendance

            Gillian Brereton (Vice-Chair (Overview))    Hazel Longdon
            Colin Endon (Vice-Chair (Scrutiny))         Trevor Marchington

            1.      Budget Monitoring

                    RESOLVED that the report be noted.
            """;

        var present = ExtractorFactory.Extract(grid, "minutes.txt").Facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name).ToList();

        Assert.Equal(["Martin Ashfield", "Gillian Brereton", "Hazel Longdon", "Colin Endon", "Trevor Marchington"], present);
    }
}
