namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The posts a question names a person by ("which officer …", "the name of the adviser who …"), as a regular
/// expression alternation for the question forms that read them.</summary>
public static class PersonRoles
{
    public const string Nouns = "officer|manager|director|inspector|auditor|scrutineer|adviser|advisor|commissioner|councillor|chairman|chairwoman|chairperson";
}
