using System.CommandLine;
using ScrutinyBot.Core.Extraction.Json;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Ingestion;

/// <summary><c>facts --json</c>: prints every extracted fact in the agreed JSON shape; without --json, the counts.</summary>
internal sealed class FactsVerb(IFactStore facts) : ICliVerb, ICliVerbDefinition
{
    public string Name => "facts";

    public static Command CreateCommand() => new("facts", "Print the extracted facts (JSON: meetings, resolutions, recommendations, workProgramme, attendance); without --json, the counts.")
    {
        new Option<bool>("--json") { Description = "Print every fact as JSON" },
    };

    public async Task<int> RunAsync(VerbArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var set = await facts.LoadFactsAsync(cancellationToken).ConfigureAwait(false);
        if (arguments.Has("json"))
        {
            await output.WriteLineAsync(FactsJsonWriter.ToJson(set.Facts)).ConfigureAwait(false);
            return 0;
        }

        var f = set.Facts;
        await output.WriteLineAsync(
            $"{set.Documents.Count} document(s): {f.Meetings.Count} meeting(s), {f.Attendance.Count} attendance record(s), " +
            $"{f.AgendaItems.Count} agenda item(s), {f.Resolutions.Count} resolution(s), {f.Recommendations.Count} recommendation(s), " +
            $"{f.WorkProgramme.Count} work-programme item(s). Use --json for the facts.").ConfigureAwait(false);
        return 0;
    }
}
