
namespace ScrutinyBot.Core.Tests.Extraction;

/// <summary>
/// A programme laid out as Bradford's: one table with no date column, each meeting's line across it ("Thursday, 23
/// January 2025 at City Hall, Bradford.") over its numbered rows, titles wrapping onto a line of their own; and, as
/// Liverpool's, behind an item's cover that names the committee before the title.
/// </summary>
public sealed class WorkProgrammeMeetingRowsTests
{
    private const string Bradford = """
        Health and Social Care Overview and Scrutiny Committee
        Scrutiny Work Programme 2024/25

        Agenda item                                  Item description                   Report author
        ---------------------------------------------------------------------------------------------

        Thursday, 23 January 2025 at City Hall, Bradford.
        Chair's briefing 09/01/2025. Report deadline 09/01/2025.

        1  Home Care Commissioning and Market        Update on recommissioning and      Lindsey Oakes
           Sufficiency                               workforce
        2  Tracking of Recommendations               Standing item                      Caroline Whitfield

        Thursday, 20 February 2025 at City Hall, Bradford.

        1  Bradford Royal Infirmary Reconfiguration  Progress on new hospital           Place Director
           Programme                                 business case
        2  Adult Safeguarding Board Annual Report    Annual report 2023/24              Board Manager
        """;

    [Fact]
    public void Extract_MeetingLinesOverNumberedRows_EachItemHasItsMeeting()
    {
        var items = Read(Bradford, "programme.txt").Facts.WorkProgramme;

        Assert.Equal(
            [
                ("Home Care Commissioning and Market", "Lindsey Oakes", new DateOnly(2025, 1, 23)),
                ("Tracking of Recommendations", "Caroline Whitfield", new DateOnly(2025, 1, 23)),
                ("Bradford Royal Infirmary Reconfiguration", "Place Director", new DateOnly(2025, 2, 20)),
                ("Adult Safeguarding Board Annual Report", "Board Manager", new DateOnly(2025, 2, 20)),
            ],
            items.Select(i => (i.Item, i.Lead!, i.MeetingDate!.Value)));
    }

    [Fact]
    public void Split_ItemCoverNamingTheCommittee_IsAWorkProgrammeNotAMarkedRowsTracker()
    {
        const string pack = """
            Adult Social Care and Health Select Committee

            Date: Tuesday, 4 March 2025

            1. Apologies for Absence

            Agenda Item 8

                       ADULT SOCIAL CARE AND HEALTH SELECT COMMITTEE

                              WORK PROGRAMME 2024/25

               Topic                                       Jul   Sep   Nov   Jan
               Care Home Market and Quality                 X
               Adult Social Care Charging Policy                  X
               Recommendations Tracker (standing item)      X     X     X     X
            """;

        var result = Read(pack, "pack.txt");

        Assert.Contains(result.Parts, p => p.Kind == Documents.PartKind.WorkProgramme);
        Assert.DoesNotContain(result.Parts, p => p.Kind == Documents.PartKind.Tracker);
        Assert.Contains(result.Facts.WorkProgramme, i => i.Item == "Recommendations Tracker (standing item)");
    }

    [Fact]
    public void Split_CoverBelowAPrintedRule_IsTitledByItsHeadingNotTheRule()
    {
        const string pack = """
            Audit and Scrutiny Committee

            Date: Thursday, 27 February 2025

            1. Apologies for Absence

                                                                          Page 37
            --------------------------------------------------------------------------------

                                                                 Agenda Item 7
                                                                 Report No AS/04/25

                        AUDIT AND SCRUTINY COMMITTEE – WORK PLAN 2025

            27 March 2025

              •  Internal Audit Plan 2025/26
              •  Corporate Risk Register – annual review
            """;

        var result = Read(pack, "pack.txt");

        Assert.DoesNotContain(result.Parts, p => p.Title.StartsWith("---", StringComparison.Ordinal));
        Assert.Equal(["Internal Audit Plan 2025/26", "Corporate Risk Register – annual review"], result.Facts.WorkProgramme.Select(i => i.Item));
        Assert.All(result.Facts.WorkProgramme, i => Assert.Equal(new DateOnly(2025, 3, 27), i.MeetingDate));
    }

    private static ScrutinyBot.Core.Extraction.ExtractionResult Read(string text, string source) =>
        ExtractorFactory.ExtractTextFile(text, source);
}
