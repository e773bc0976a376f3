using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Tests.Extraction.Splitting;

/// <summary>A front sheet's agenda gives each item's pages ("8. Work Programme 2024/25 (Pages 39 - 42)") and whose
/// report it is ("Report of the Head of Democratic Services."): such lines list the item, they do not open its part.</summary>
public sealed class AgendaListPagesTests
{
    private const string Pack = """
        Adult Social Care and Health Select Committee

        Date: Wednesday, 15 January 2025
        Time: 10.00 am
        Venue: Committee Room 1, Town Hall

        AGENDA

           5.   Intermediate Care and Hospital Discharge                (Pages 11 - 22)

                Report of the Director of Adult Social Care and Health.

           6.   Task and Finish Group – Loneliness and Social           (Pages 23 - 34)
                Isolation among Older People: Final Report

                Report of the Chair of the Task and Finish Group.

           8.   Work Programme 2024/25                                  (Pages 39 - 42)

                Report of the Head of Democratic Services.

        Intermediate Care and Hospital Discharge

        Report of the Director of Adult Social Care. The service has reduced delays.
        """;

    [Fact]
    public void Split_AgendaLinesWithPages_StayOnTheFrontSheet()
    {
        var parts = ExtractorFactory.Extract(Pack).Parts;

        Assert.Equal(PartKind.FrontSheet, parts[0].Kind);
        Assert.DoesNotContain(parts, p => p.Kind == PartKind.WorkProgramme || p.Title.Contains("Pages", StringComparison.Ordinal));
        Assert.Contains("Work Programme 2024/25", parts[0].Text, StringComparison.Ordinal);
    }
}
