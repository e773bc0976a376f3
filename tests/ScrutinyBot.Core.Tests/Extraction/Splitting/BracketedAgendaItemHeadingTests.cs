using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Splitting;

/// <summary>
/// Minutes whose item headings name the agenda item they took in brackets ("EGD/43 Recommendations Tracker (Agenda
/// Item 8)", as Cornwall minutes): the heading is a minute of the meeting, never a report's cover, so the decisions
/// under it and after it stay in the minutes.
/// </summary>
public sealed class BracketedAgendaItemHeadingTests
{
    private const string Minutes = """
                                                                                 Page 1
                                                                          Agenda Item 3

                                        Westshire Council

         Minutes of a Meeting of the Economy Overview and Scrutiny Committee held in the
         Council Chamber, County Hall, Westbury on Wednesday 15 January 2025 commencing at 10.00 am

         Present:          Councillor Jan Penrose (Chairman)

                           Councillors Amy Rowse and Carl Tremayne


         EOS/36   Apologies (Agenda Item 1)

                  Apologies for absence were received from Councillor Gary Nance.

         EOS/43   Recommendations Tracker (Agenda Item 8)

                  The Committee resolved to note the Recommendations Tracker.

         EOS/44   Work Programme (Agenda Item 9)

                  Resolved that the work programme be agreed, subject to the
                  amendments made at the meeting.
        """;

    [Fact]
    public void Extract_HeadingNamingItsAgendaItemInBrackets_StaysInTheMinutes()
    {
        var result = ExtractorFactory.ExtractTextFile(Minutes, "minutes.txt");

        Assert.DoesNotContain(result.Parts, p => p.Kind == PartKind.Tracker);
        Assert.Equal(2, result.Facts.Resolutions.Count);
    }
}
