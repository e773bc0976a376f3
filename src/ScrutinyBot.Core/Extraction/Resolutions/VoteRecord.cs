using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Resolutions;

/// <summary>
/// Takes the record of a vote off a decision's words: "Prop. Cllr X, 2nd Cllr Y, all agreed", "(Proposed Cllr A,
/// seconded Cllr B)", "Proposed by ... and seconded by ...", "Carried unanimously", "For 8, Against 2, Abstentions 1",
/// "(unanimous)", and the "; and" that joins one listed decision to the next.
/// </summary>
internal static partial class VoteRecord
{
    public static string Strip(string text)
    {
        var result = text;
        for (var pass = 0; pass < 3; pass++)
        {
            var before = result;
            result = Trailing().Replace(result, string.Empty).Trim();
            result = Joiner().Replace(result, string.Empty).Trim();
            if (result == before)
            {
                break;
            }
        }

        return result.Length > 0 ? result : text.Trim();
    }

    [GeneratedRegex(@"(?:(?:^|(?<=\.)|[;,(]|\s-|\s–)\s*\(?\s*(?i:(?:carried|agreed)(?:\s+(?:unanimously|by\s+\w+|nem\.?\s*con\.?))?|all\s+(?:agreed|in\s+favour)|unanimous(?:ly)?(?:\s+(?:agreed|carried))?|nem\.?\s*con\.?|(?:votes?\s*:?\s*)?for\s*:?\s*\(?\d+\)?\s*,?\s*against\b.*)|(?:^|\s|\()\s*(?i:(?:prop(?:osed)?\.?|proposer)\s*(?:by\s*)?:?\s*(?:cllr|councillor|mr|mrs|ms|dr|the\s+chair(?:man)?)\b.*))\s*\)?[.\s]*$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"(?:[;,]\s*(?i:and|or)?|\s+(?i:and))$")]
    private static partial Regex Joiner();
}
