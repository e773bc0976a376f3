namespace ScrutinyBot.Core.Storage;

/// <summary>One row of a fact table as an engine reads it: text, numbers, dates and times, however the engine stores them.</summary>
public interface IFactRow
{
    string? Text(int ordinal);

    int? Number(int ordinal);

    DateOnly? Date(int ordinal);

    TimeOnly? Time(int ordinal);
}
