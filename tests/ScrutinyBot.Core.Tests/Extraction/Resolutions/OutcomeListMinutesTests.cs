using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Minutes that list each item's papers and decisions as bullets under "Documents:" and "Outcome:", as Welsh councils
/// print them: a bulleted paper's title ("• Minutes of the meeting held on …", "• Appendix A – …") opens no part, and
/// every outcome is a decision.
/// </summary>
public sealed class OutcomeListMinutesTests
{
    private const string Minutes = """
        MINUTES OF A MEETING OF THE HEALTH AND CARE SCRUTINY COMMITTEE HELD
        AT COUNTY HALL ON THURSDAY, 16 OCTOBER 2025 AT 10.00 AM

        PRESENT
        County Councillor G Pritchard (Chair)

        4.    MINUTES

              Documents:
              •  Minutes of the meeting held on 11 September 2025

              Outcome:
              •  The Chair was authorised to sign the minutes of the meeting held on
                 11 September 2025 as a correct record.

        5.    DOMICILIARY CARE WAITING LIST

              Documents:
              •  Report of the Cabinet Member for a Caring Powys
              •  Appendix A – Waiting list data by locality

              Outcomes:
              •  The Committee noted the report.
              •  The Committee agreed to recommend to Cabinet that the micro-enterprise
                 support scheme be extended to all localities by April 2026.
        """;

    [Fact]
    public void Extract_BulletedPapersUnderDocuments_OpenNoPart()
    {
        var result = ExtractorFactory.Extract(Minutes);

        var meeting = Assert.Single(result.Facts.Meetings);
        Assert.Equal(new DateOnly(2025, 10, 16), meeting.Date);
        Assert.All(result.Facts.Resolutions, r => Assert.Equal(new DateOnly(2025, 10, 16), r.MeetingDate));
    }

    [Fact]
    public void Extract_OutcomeLists_EveryBulletIsADecision()
    {
        var resolutions = ExtractorFactory.Extract(Minutes).Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Equal(3, resolutions.Count);
        Assert.Contains(resolutions, t => t.Contains("authorised to sign the minutes", StringComparison.Ordinal));
        Assert.Contains(resolutions, t => t.Contains("noted the report", StringComparison.Ordinal));
        Assert.Contains(resolutions, t => t.Contains("micro-enterprise support scheme be extended", StringComparison.Ordinal));
    }
}
