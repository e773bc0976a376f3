using System.Text.Json.Nodes;

namespace ScrutinyBot.StandIns.AzureSearch;

/// <summary>What the stand-in reads from an index definition: the key, the searchable fields, the vector field, the
/// default scoring profile's text weights; and the definition itself, given back as sent.</summary>
internal sealed record IndexDefinition(
    string Name, string KeyField, IReadOnlyList<string> Searchable, string? VectorField, IReadOnlyDictionary<string, double> Weights, JsonObject Json)
{
    public static IndexDefinition Parse(string name, JsonObject json)
    {
        var fields = json["fields"]?.AsArray().OfType<JsonObject>().ToList() ?? [];
        var key = fields.FirstOrDefault(f => f["key"]?.GetValue<bool>() == true)?["name"]?.GetValue<string>()
            ?? throw new InvalidDataException("The index has no key field.");
        var searchable = fields.Where(f => f["searchable"]?.GetValue<bool>() == true && f["type"]?.GetValue<string>() == "Edm.String")
            .Select(f => f["name"]!.GetValue<string>()).ToList();
        var vector = fields.FirstOrDefault(f => f["dimensions"] is not null)?["name"]?.GetValue<string>();
        var profile = json["defaultScoringProfile"]?.GetValue<string>();
        var weights = json["scoringProfiles"]?.AsArray().OfType<JsonObject>()
            .FirstOrDefault(p => p["name"]?.GetValue<string>() == profile)?["text"]?["weights"]?.AsObject()
            .ToDictionary(w => w.Key, w => w.Value!.GetValue<double>()) ?? [];
        return new IndexDefinition(name, key, searchable, vector, weights, json);
    }

    public double Weight(string field) => Weights.TryGetValue(field, out var weight) ? weight : 1.0;
}
