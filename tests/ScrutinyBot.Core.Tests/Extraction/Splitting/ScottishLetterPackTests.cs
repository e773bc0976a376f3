using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Splitting;

/// <summary>
/// A Scottish council's pack: a letter under the council's address with its own date, a summons naming the meeting's
/// day, the business list, then "Item 3" over the last meeting's minutes, which open "EASTSHIRE COUNCIL / ROADS
/// COMMITTEE / GORDON HOUSE, EASTTOWN, 3 OCTOBER 2024 / Present: …" with no word "Minute" in them.
/// </summary>
public sealed class ScottishLetterPackTests
{
    private static string Pack()
    {
        var filler = string.Concat(Enumerable.Range(1, 14).Select(n => $"{n + 2}.   Report number {n} on roads.\n\n"));
        return $"""
                                          EASTSHIRE COUNCIL

            Business Services
            Gordon House
            Eastgate Road
            Easttown  AB99 9ZZ

                                                                    20 November 2024

            To:   Members of the Roads Committee

            Dear Councillor

                         ROADS COMMITTEE - 28 NOVEMBER 2024

            A meeting of the Roads Committee will be held in the Council Chamber,
            Gordon House, Eastgate Road, Easttown on Thursday, 28 November 2024 at
            10.00 am.

                                               BUSINESS

            1.   Sederunt and Declaration of Members' Interests.

            2.   Minute of Meeting of 3 October 2024.

            {filler}
                                                                              Page 1
            ------------------------------------------------------------------------
                                                                            Item 2

                                          EASTSHIRE COUNCIL

                                           ROADS COMMITTEE

                             GORDON HOUSE, EASTTOWN, 3 OCTOBER 2024

            Present:      Councillors P Ogilvie (Chair), R Dunbar and T Cumming.

            1.   ROADS CAPITAL PROGRAMME

                 The Committee agreed to approve the programme.
            """;
    }

    [Fact]
    public void Extract_MinutesFarDownALetterPack_AreTheirOwnPartAndTheLetterSummonsTheMeeting()
    {
        var result = ExtractorFactory.Extract(Pack(), "agenda.txt");
        var facts = result.Facts;

        // The minutes begin below the page's stamps, at their own header, not among the business list's last lines.
        Assert.Equal("EASTSHIRE COUNCIL", Assert.Single(result.Parts, p => p.Kind == PartKind.Minutes).Title);

        var meetings = facts.Meetings.OrderBy(m => m.Date).ToList();
        Assert.Equal([new DateOnly(2024, 10, 3), new DateOnly(2024, 11, 28)], meetings.Select(m => m.Date));
        Assert.Equal(new TimeOnly(10, 0), meetings[1].Start);
        Assert.Equal("Gordon House, Easttown", meetings[0].Place);
        Assert.Equal(new DateOnly(2024, 10, 3), Assert.Single(facts.Resolutions).MeetingDate);
    }
}
