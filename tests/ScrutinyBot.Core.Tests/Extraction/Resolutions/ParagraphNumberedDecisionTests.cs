using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Minutes as West Sussex writes them: each paragraph numbered under its item ("35.1  Resolved - That the minutes …
/// are approved"), a decision's list under "39.3  Resolved - That the Committee:", and "Part I" over the public items
/// after the attendance.
/// </summary>
public sealed class ParagraphNumberedDecisionTests
{
    private const string Minutes = """
                     Communities and Highways Scrutiny Committee

        22 January 2025 - At a meeting of the Communities and Highways Scrutiny Committee held at
        10.30 am at County Hall, Northgate.

        Present: Cllr Linehan (Chairman)

        Cllr Ashworth, Cllr Bence and Cllr Cherry

        Officers in attendance: Matthew Fairweather (Director of Highways)

                                            Part I

        35.   Minutes of the last meeting of the Committee

        35.1  Resolved - That the minutes of the meeting held on 13 November 2024
              are approved as a correct record.

        39.   Highways Drainage Performance

        39.1  The Committee considered a report by the Director of Highways.

        39.2  Resolved - That the Committee:

              1.  Notes the drainage performance.

              2.  Recommends that the Cabinet Member shares the flooding hotspot register with parishes.
        """;

    [Fact]
    public void Extract_DecisionInANumberedParagraph_IsReadWithoutItsNumber()
    {
        var texts = ExtractorFactory.Extract(Minutes, "minutes.txt").Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Equal(
            ["The minutes of the meeting held on 13 November 2024 are approved as a correct record.", "Notes the drainage performance.", "Recommends that the Cabinet Member shares the flooding hotspot register with parishes."],
            texts);
    }

    [Fact]
    public void Extract_PartIAfterTheAttendance_IsNoPerson()
    {
        var attendance = ExtractorFactory.Extract(Minutes, "minutes.txt").Facts.Attendance;

        Assert.DoesNotContain(attendance, a => a.Name.Contains("Part", StringComparison.Ordinal));
        Assert.Equal(["Matthew Fairweather"], attendance.Where(a => a.Status == AttendanceStatus.InAttendance).Select(a => a.Name));
    }
}
