using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Tests.Extraction.Splitting;

/// <summary>
/// A Moray pack: a business list whose items give their pages at the end of the title line, with "Report by …" below;
/// guidance notes whose sentence wraps onto "Minute of the meeting."; the membership as "SEDERUNT" far down the front
/// sheet; and each paper stamped "Item 6." over its cover fields "REPORT TO:" and "SUBJECT:".
/// </summary>
public sealed class ItemStampedCoverPackTests
{
    private const string FrontSheet = """
        MORAY COUNCIL

        NOTICE IS HEREBY GIVEN that a Meeting of the Audit and Scrutiny Committee is to be held at
        Council Chambers, Council Office, High Street, Elgin on Wednesday, 12 March 2025 at 09:30.

        BUSINESS

        4.      Minute of Meeting dated 22 January 2025                              5 - 12

        6.      Scrutiny of Winter Maintenance and Gritting Service                 13 - 26
                2024/25
                Report by Depute Chief Executive (Economy, Environment and Finance)

        8.      Scrutiny Recommendations Tracker                                    35 - 38
                Report by Depute Chief Executive (Education, Communities and
                Organisational Development)

        GUIDANCE NOTES

        *   Declaration of Group Decisions - Any such prior decisions will be recorded in the
            Minute of the meeting.

        """;

    private const string Sederunt = """

        SEDERUNT

        Councillor Morag Innes (Chair)
        Councillor Ewan Grant (Depute Chair)
        Councillor Fiona Dunbar (Member)

                                                                                  Item 6.

        REPORT TO:    AUDIT AND SCRUTINY COMMITTEE ON 12 MARCH 2025

        SUBJECT:      SCRUTINY OF WINTER MAINTENANCE AND GRITTING SERVICE 2024/25

        BY:           DEPUTE CHIEF EXECUTIVE (ECONOMY, ENVIRONMENT AND FINANCE)

        1.      REASON FOR REPORT

        1.1     To inform the Committee of the performance of the winter maintenance service.
        """;

    /// <summary>Notes long enough to put the membership more than a hundred lines down the front sheet.</summary>
    private static string Pack => FrontSheet + string.Join('\n', Enumerable.Range(1, 110).Select(n => $"    Note {n}: members may ask questions of the Chair in writing.")) + Sederunt;

    [Fact]
    public void Split_BusinessListWithPagesAtTheEnd_OpensNoReport()
    {
        var parts = ExtractorFactory.Extract(Pack, "pack.txt").Parts;

        Assert.Equal([PartKind.FrontSheet, PartKind.Report], parts.Select(p => p.Kind));
    }

    [Fact]
    public void Split_ItemStampOverCoverFields_TitlesTheReportBySubject() =>
        Assert.Equal("Scrutiny of Winter Maintenance and Gritting Service 2024/25", ExtractorFactory.Extract(Pack, "pack.txt").Parts[1].Title);

    [Fact]
    public void Extract_SederuntFarDownTheFrontSheet_NamesTheChair() =>
        Assert.Equal("Councillor Morag Innes", Assert.Single(ExtractorFactory.Extract(Pack, "pack.txt").Facts.Meetings).Chair);
}
