using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Extraction.Agenda;
using ScrutinyBot.Core.Extraction.Meetings;
using ScrutinyBot.Core.Extraction.Recommendations;
using ScrutinyBot.Core.Extraction.Resolutions;
using ScrutinyBot.Core.Extraction.Splitting;
using ScrutinyBot.Core.Extraction.Trackers;
using ScrutinyBot.Core.Extraction.WorkProgramme;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Core.Tests.Extraction;

internal static class ExtractorFactory
{
    public static DocumentExtractor Create(int responsePeriodMonths = 2)
    {
        var options = Options.Create(new IngestionOptions { ResponsePeriodMonths = responsePeriodMonths });
        return new(
            new PackSplitter(),
            new MeetingExtractor(),
            new AttendanceExtractor(),
            new ResolutionExtractor(),
            new TrackerExtractor(options),
            new MinutesRecommendationExtractor(options),
            new WorkProgrammeExtractor(),
            new AgendaItemExtractor());
    }

    public static ExtractionResult Extract(string text, string source = "pack.txt", int responsePeriodMonths = 2) =>
        Create(responsePeriodMonths).Extract(source, text.Split('\f').Select((t, i) => new PageText(i + 1, t)).ToList());

    /// <summary>The text read as the ingestion reads a .txt file: a table or label set apart by spaces becomes cells.</summary>
    public static ExtractionResult ExtractTextFile(string text, string source = "pack.txt") =>
        Create().Extract(source, new PlainTextDocumentReader().Read(source, System.Text.Encoding.UTF8.GetBytes(text)));
}
