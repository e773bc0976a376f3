namespace ScrutinyBot.Core.Ingestion;

/// <summary>Reported after each file: how far the run is and what happened to that file.</summary>
public sealed record IngestionProgress(int Done, int Total, IngestionOutcome Outcome);
