namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Moray minutes: the chair's note wraps ("Councillor Innes, being Chair of the Audit and Scrutiny Committee, chaired" /
/// "the meeting."); the exclusion of the public is "The meeting resolved that …"; after a vote, "… and the" /
/// "Committee agreed to:" over its lettered decisions; and the programme is "Thereafter, the Committee agreed the work
/// plan, subject to …".
/// </summary>
public sealed class MorayMinuteFormsTests
{
    private const string Minutes = """
        MORAY COUNCIL

        Minute of Meeting of the Audit and Scrutiny Committee

        Wednesday, 12 March 2025

        Council Chambers, Council Office, High Street, Elgin, IV30 1BX

        PRESENT

        Councillor Morag Innes, Councillor Ewan Grant, Councillor Fiona Dunbar

        1.      Chair

                Councillor Innes, being Chair of the Audit and Scrutiny Committee, chaired
                the meeting.

        3.      Resolution

                The meeting resolved that in terms of Section 50A (4) and (5) of the Local
                Government (Scotland) Act 1973, as amended, the public and media
                representatives be excluded from the meeting during consideration of Item 12.

        6.      Scrutiny of Winter Maintenance and Gritting Service 2024/25

                On a division there voted 8 for the Motion and 3 for the Amendment.

                Accordingly, the Motion became the finding of the meeting and the
                Committee agreed to:

                (i)     note the performance of the winter maintenance service during
                        2024/25 as set out in Section 4 of the report;

                (ii)    request a further report on the reinstatement of the weekend
                        early shift on secondary routes to its meeting on 17 September 2025.

        9.      Audit and Scrutiny Committee Work Plan 2025

                Thereafter, the Committee agreed the work plan, subject to the inclusion
                of the two additional items noted above.
        """;

    [Fact]
    public void Extract_ChairNoteWrapped_ReadsTheChair() =>
        Assert.Equal("Councillor Innes", Assert.Single(ExtractorFactory.Extract(Minutes, "minutes.txt").Facts.Meetings).Chair);

    [Fact]
    public void Extract_MeetingResolved_IsADecision() =>
        Assert.Contains(ExtractorFactory.Extract(Minutes, "minutes.txt").Facts.Resolutions, r => r.MinuteNumber == "3" && r.Text.Contains("public and media representatives be excluded", StringComparison.Ordinal));

    [Fact]
    public void Extract_CommitteeAgreedToWrappedOverItsList_IsOneDecisionPerItem()
    {
        var decided = ExtractorFactory.Extract(Minutes, "minutes.txt").Facts.Resolutions.Where(r => r.MinuteNumber == "6").Select(r => r.Text).ToList();

        Assert.Equal(2, decided.Count);
        Assert.StartsWith("Note the performance of the winter maintenance service", decided[0], StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Request a further report", decided[1], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Extract_CommitteeAgreedItsObject_IsADecision() =>
        Assert.Contains(ExtractorFactory.Extract(Minutes, "minutes.txt").Facts.Resolutions, r => r.MinuteNumber == "9" && r.Text.StartsWith("the Committee agreed the work plan", StringComparison.OrdinalIgnoreCase));
}
