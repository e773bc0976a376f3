namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>The kind of thing a question's wording asks for, when the wording says.</summary>
public enum ExpectedAnswer
{
    Anything,

    /// <summary>"how many ...", "how much ...", "what percentage ...".</summary>
    Quantity,

    /// <summary>"who is the ...", "who was ...".</summary>
    Person,

    /// <summary>"has the police replied ...?": evidence that a reply came, not that one was asked for.</summary>
    Reply,

    /// <summary>"how did the vote go on the amendment?": a vote as minutes record it ("For (15) … Against (43)",
    /// "carried unanimously"), not the motion or the report that went to the vote.</summary>
    Vote,

    /// <summary>"who sent apologies to the panel in October?": a record of apologies or absence, not the minutes of
    /// another item that name people.</summary>
    Apologies,

    /// <summary>"has Medway's council signed off the changes yet?", "did full council actually agree it?": a sentence
    /// saying it was done ("signed off", "agreed", "RESOLVED") or not yet, not the report asking for it.</summary>
    Happened,

    /// <summary>"when will the report come back?": a date or a time of year.</summary>
    Date,

    /// <summary>"where is the new school going to be built?": a place (<see cref="PlaceAnswers"/>).</summary>
    Place,

    /// <summary>"which academy trust was appointed?": a body's name (<see cref="BodyNames"/>).</summary>
    BodyName,

    /// <summary>"what time did the meeting start/finish?": the time the minutes record it began or ended, for the
    /// meeting asked about; an agenda's "at 9.30 am" or "scheduled to end by 5.00 pm" is not that.</summary>
    TimeRecorded,

    /// <summary>"what time does Cabinet start on 13 March?": the time the front sheet gives for the meeting asked
    /// about, or the one its minutes record.</summary>
    TimeScheduled,
}
