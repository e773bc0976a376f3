using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScrutinyBot.Teams.Protocol;

/// <summary>The JSON shape of the Bot Connector protocol: camelCase, case-insensitive reads, nulls omitted.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
