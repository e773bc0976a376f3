namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>What a question asks for, as far as words show it. Several can hold at once.</summary>
[Flags]
public enum QuestionIntent
{
    None = 0,
    Chair = 1 << 0,
    Attendance = 1 << 1,
    Absent = 1 << 2,
    Apologies = 1 << 3,
    StartTime = 1 << 4,
    EndTime = 1 << 5,
    Place = 1 << 6,
    When = 1 << 7,
    NextMeeting = 1 << 8,
    Resolutions = 1 << 9,
    Recommendations = 1 << 10,
    Response = 1 << 11,
    Overdue = 1 << 12,
    DueSoon = 1 << 13,
    Deadline = 1 << 14,
    WorkProgramme = 1 << 15,
    Quantity = 1 << 16,
    Person = 1 << 17,
    Reason = 1 << 18,

    /// <summary>"What happened to the report we asked for?": what became of a request.</summary>
    Outcome = 1 << 19,

    /// <summary>"How often ...": a frequency (quarterly, every meeting, twice a year).</summary>
    Frequency = 1 << 20,

    /// <summary>"Which visits had we had?", "what areas did it cover?": a list of things.</summary>
    Enumeration = 1 << 21,

    /// <summary>"What is the committee being asked to do with the report?": a report's recommendations.</summary>
    Decision = 1 << 22,

    /// <summary>"What's on the agenda for the April meeting?": a meeting's agenda items.</summary>
    Agenda = 1 << 23,

    /// <summary>"What did the s151 officer conclude?": the judgement a statement or an item ends on.</summary>
    Conclusion = 1 << 24,
}
