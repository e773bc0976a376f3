using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>"Where is the new free school going to be built?" asks for a place: a sentence that says the school was
/// approved, without saying where, does not answer it.</summary>
public static partial class PlaceAnswers
{
    /// <summary>True when the question asks where something is or will be ("built", "located", "based", "run",
    /// "going to be", "where will the new school be?"), not where money comes from or where a matter stands ("where are
    /// we on …"). Where a meeting or an event is held is not asked here: its answer ("The conference was held at
    /// Brompton Barracks") often names the event by a word and leaves its name to the heading or the paragraph before.</summary>
    public static bool AreAsked(string question) => SiteQuestion().IsMatch(question) && !NotASite().IsMatch(question);

    /// <summary>True when the text names a place: a venue word ("Room", "House", "online"), a place after "in", "at" or
    /// "near" written with a capital ("in Sheerness", "at the Gateway"), "the site of", or a postcode.</summary>
    public static bool AreNamedIn(string text) => VenueText().IsMatch(text) || NamedPlace().IsMatch(text);

    /// <summary>Venue words in a sentence: what a meeting's place is written with.</summary>
    public static bool NamesAVenue(string text) => VenueText().IsMatch(text);

    [GeneratedRegex(@"\bwhere('s|\u2019s)?\b[^?]*\b(built|build|located|locate|based|sited|situated|housed|run|ran|delivered|relocated|moved|moving|going to be|will be|would be|to be)\b|\bwhere\s+(will|would|is|are)\b[^?]*\bbe\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteQuestion();

    [GeneratedRegex(@"\b(money|funding|funded|cash|budget|savings?|from|where are we|where do we stand)\b|£", RegexOptions.IgnoreCase)]
    private static partial Regex NotASite();

    [GeneratedRegex(@"\b(Place|Venue|held at|held in|Room|House|Hall|Zoom|Teams|remotely|online)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VenueText();

    [GeneratedRegex(@"\b(in|at|near|beside|next to|adjacent to)\s+(the\s+)?(?!(January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]|\bsites?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")]
    private static partial Regex NamedPlace();
}
