namespace ScrutinyBot.Core.Answering.Generative;

/// <summary>Reads prompts embedded in this assembly (*.prompt.txt).</summary>
public static class PromptResources
{
    public static string Read(string fileName)
    {
        var assembly = typeof(PromptResources).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
