namespace ScrutinyBot.Core.Documents;

/// <summary>The kinds of part an agenda pack or set of minutes is split into.</summary>
public enum PartKind
{
    FrontSheet,
    Minutes,
    Report,
    Tracker,
    WorkProgramme,
    Appendix,
    Other,
}
