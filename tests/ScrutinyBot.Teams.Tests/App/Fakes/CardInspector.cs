using System.Text.Json.Nodes;

namespace ScrutinyBot.Teams.Tests.App.Fakes;

/// <summary>Reads cards the way a user sees them: all the text, and the elements of a type.</summary>
internal static class CardInspector
{
    public static string AllText(JsonNode card) => string.Join("\n", Elements(card, "TextBlock").Concat(Elements(card, "TextRun")).Select(t => (string?)t["text"]));

    public static List<JsonObject> Elements(JsonNode node, string type)
    {
        var found = new List<JsonObject>();
        Walk(node, type, found);
        return found;
    }

    private static void Walk(JsonNode? node, string type, List<JsonObject> found)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)obj["type"] == type)
                {
                    found.Add(obj);
                }

                foreach (var (_, child) in obj)
                {
                    Walk(child, type, found);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, type, found);
                }

                break;
        }
    }
}
