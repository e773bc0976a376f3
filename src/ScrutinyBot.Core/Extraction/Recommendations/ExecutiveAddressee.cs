using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Recommendations;

/// <summary>Whether a committee's decision is addressed to the executive or the full council, as minutes write it:
/// "That the Executive be recommended to …", "the Cabinet be asked to approve …", "recommends to the Mayor and Cabinet
/// that …", "RECOMMENDS to the City Mayor that …", "recommend to Council the extension of …", "To RECOMMEND that the
/// Council establishes …", "recommended that a plan … be brought forward by the Cabinet", "recommendations R1 to R4 of the Task and Finish Group be made
/// to Cabinet", and a decision whose
/// subject is the executive ("That Cabinet ensures …", "That Cabinet be advised that …"; not "That the Executive
/// responses be noted", whose subject is the responses). The executive is named as
/// councils name it (Cabinet, Executive, an elected or City Mayor, Leader, Cabinet or Executive Member, Portfolio
/// Holder, the Council, a council by its place: "recommend to Moray Council that …") and only where the words address it: "Council" before the noun it qualifies ("Council Tax",
/// "Council officers") names no one; a report's "recommendations" (a noun) are not a recommendation the committee
/// makes.</summary>
internal static partial class ExecutiveAddressee
{
    private const string Body =
        @"(?:the\s+)?(?:(?:City\s+|Elected\s+|Directly[- ]Elected\s+)?Mayor(?:\s+(?:and|in)\s+Cabinet)?|(?:Cabinet\s+Members?|Executive\s+Members?|Portfolio\s+Holders?|Lead\s+Members?)(?:\s+for\s+(?-i:[A-Z])[\w'’-]*(?:,?\s+(?:(?:and|&)\s+)?(?-i:[A-Z])[\w'’-]*){0,5})?|Cabinet|Executive(?:\s+Board)?|Leader(?:\s+of\s+the\s+Council)?|(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:County\s+|City\s+|Borough\s+|District\s+|Full\s+)?Council)\b(?![\s-]+(?:tax|owned|operated|run|buildings?|homes?|houses?|housing|staff|officers?|services?|websites?|plans?|land)\b)";

    /// <summary>True when the decision recommends to, or asks, the executive or the council.</summary>
    public static bool Addresses(string decision) => ToBody().IsMatch(decision) || ToNamedCommittee().IsMatch(decision);

    /// <summary>True when the words recommend to the executive in so many words ("The Select Committee recommends that
    /// the Cabinet:"), unlike a motion that asks it ("County Council is asked to:").</summary>
    public static bool Recommends(string text) => RecommendsTo().IsMatch(text);

    [GeneratedRegex(@"\brecommend(?:s|ed|ing)?\s+(?:to|that)\s+" + Body, RegexOptions.IgnoreCase)]
    private static partial Regex RecommendsTo();

    /// <summary>True when the words over a list introduce it as recommendations and name the executive anywhere:
    /// "That the Chairperson writes to the Cabinet Member …, making the following recommendations:" or "…, recommending
    /// that:".</summary>
    public static bool IntroducesRecommendationsTo(string lead) =>
        Addresses(lead) || (FollowingRecommendations().IsMatch(lead) && NamesBody().IsMatch(lead)) || BodyAlone().IsMatch(lead);

    /// <summary>"RECOMMENDED that Council:" over "(i) agrees a planning improvement action plan …": the executive or
    /// the council is the subject of every item below, as in "That Cabinet ensures …".</summary>
    [GeneratedRegex(@"^(?:that\s+)?" + Body + @"\s*[:\-–]+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyAlone();

    [GeneratedRegex(@"\b(?:following\s+recommendations?|recommend(?:s|ed|ing)?\s+that)\s*[:\-–]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FollowingRecommendations();

    [GeneratedRegex(Body, RegexOptions.IgnoreCase)]
    private static partial Regex NamesBody();

    /// <summary>True when the meeting is itself the executive or the full council, whose own recommendations (a
    /// Cabinet's to full Council) are not scrutiny's to the executive.</summary>
    public static bool IsExecutiveMeeting(string? committee) =>
        committee is not null && ExecutiveMeeting().IsMatch(committee.Trim());

    [GeneratedRegex(
        @"\brecommend(?:s|ed|ing)?\s+(?:to\s+" + Body + @"|that\s+" + Body + @"|" + Body + @"\s+(?:to\b|approves?|agrees?))"
        + @"|\brecommend(?:s|ed|ing)?\s+that\b[^.;]{0,200}?\bby\s+" + Body
        + @"|" + Body + @"\s+(?:be|is|are)\s+(?:recommended|asked|requested|urged|invited|encouraged)\s+to\b"
        + @"|\b(?:ask|asks|request|requests|urge|urges)\s+(?:that\s+)?" + Body + @"\s+(?:to\b|\w+s\b)"
        + @"|\b(?:make|makes|made|making)\s+the\s+following\s+recommendations?\s+to\s+" + Body
        + @"|\brecommendations?(?:\s+[^.;]{1,60}?)?\s+(?:be|was|were|is|are)\s+(?:made|referred|submitted|sent|forwarded|reported)\s+to\s+" + Body
        + @"|^(?:that\s+)?" + Body + @"\s+(?:(?!(?:is|was|has|does)\b)(?-i:[a-z]+s)\b(?!\s+(?:be|are|were|have|had)\b)|be\s+(?:advised|informed|asked|requested|urged|invited|encouraged))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex ToBody();

    /// <summary>Where committees decide (Sheffield's policy committees, Scotland, Northern Ireland), scrutiny
    /// recommends to the committee that decides: "recommends to the Adult Health and Social Care Policy Committee
    /// that …", "Policy and Resources Committee be recommended to allocate …" (Wirral). The committee is a name in
    /// capitals.</summary>
    [GeneratedRegex(@"\b(?i:recommend(?:s|ed)?\s+to\s+the)\s+(?:[A-Z][\w'’-]*,?\s+(?:(?:and|&|of|for)\s+)?){1,10}(?:Committee|Board|Sub-Committee)\s+(?i:that)\b|^(?:(?i:that)\s+)?(?:(?i:the)\s+)?(?:[A-Z][\w'’-]*,?\s+(?:(?:and|&|of|for)\s+)?){1,10}(?:Committee|Board)\s+(?i:be\s+recommended\s+to)\b")]
    private static partial Regex ToNamedCommittee();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:County|City|Borough|District|Full)\s+)?(?:Cabinet|Executive|Council|Mayor(?:\s+and\s+Cabinet)?)(?:\s+(?:Meeting|Board))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ExecutiveMeeting();
}
