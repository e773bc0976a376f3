using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Splitting;

/// <summary>
/// A Scottish minute whose items are headed in capitals over a numbered "5.  The Committee had before it …": an item
/// headed "REFERRALS AND RECOMMENDATIONS TRACKER" is a minute of the meeting, not the tracker, and the items after it
/// are read as minutes.
/// </summary>
public sealed class HadBeforeItMinutesTests
{
    private const string Minutes = """
        ABERBURGH, 25 September 2025. Minute of Meeting of the AUDIT COMMITTEE held in Committee Room 2, Town House at 2.00pm.
        Present:- Councillor Ann Reid, Convener; and Councillors Bruce Mair and Carol Shand.

        REFERRALS AND RECOMMENDATIONS TRACKER

        5.     The Committee had before it a tracker of recommendations referred
               by the Committee to Council, and the responses received.

        The Committee resolved:-
        to note the referrals and recommendations tracker.


        CORPORATE RISK REGISTER

        6.     The Committee had before it a report by the Chief Officer -
               Governance which presented the Corporate Risk Register.

        The Committee resolved:-
        (i)    to note the Corporate Risk Register; and
        (ii)   to request that the housing risk be rated as very high.
        """;

    [Fact]
    public void Extract_TrackerItemOfAScottishMinute_StaysInTheMinutes()
    {
        var result = ExtractorFactory.Extract(Minutes, "minutes.txt");

        Assert.DoesNotContain(result.Parts, p => p.Kind == PartKind.Tracker);
        Assert.Equal(
            ["To note the referrals and recommendations tracker.", "To note the Corporate Risk Register", "To request that the housing risk be rated as very high."],
            result.Facts.Resolutions.Select(r => r.Text));
    }
}
