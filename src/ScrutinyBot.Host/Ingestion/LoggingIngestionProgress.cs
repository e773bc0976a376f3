using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Host.Ingestion;

/// <summary>Logs each file's outcome (failures as warnings) for ingestion that runs inside the host.</summary>
internal sealed partial class LoggingIngestionProgress(ILogger logger) : IProgress<IngestionProgress>
{
    public void Report(IngestionProgress value)
    {
        if (value.Outcome.Status == IngestionStatus.Failed)
        {
            LogFailed(logger, value.Done, value.Total, value.Outcome.Message);
        }
        else
        {
            LogDone(logger, value.Done, value.Total, value.Outcome.Message);
        }
    }

    [LoggerMessage(EventId = 1211, Level = LogLevel.Information, Message = "[{Done}/{Total}] {Outcome}")]
    private static partial void LogDone(ILogger logger, int done, int total, string outcome);

    [LoggerMessage(EventId = 1212, Level = LogLevel.Warning, Message = "[{Done}/{Total}] {Outcome}")]
    private static partial void LogFailed(ILogger logger, int done, int total, string outcome);
}
