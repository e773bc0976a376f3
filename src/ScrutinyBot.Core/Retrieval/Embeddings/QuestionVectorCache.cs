namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>The vectors of the last <see cref="Capacity"/> questions, so a question asked again (a retry, the same
/// question from several people, a digest) is not embedded again. Least recently used goes first. Thread-safe.</summary>
public sealed class QuestionVectorCache
{
    public const int Capacity = 256;

    private readonly Dictionary<string, LinkedListNode<(string Text, float[] Vector)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, float[] Vector)> _recent = new();
    private readonly Lock _gate = new();

    public bool TryGet(string text, out float[] vector)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                vector = node.Value.Vector;
                return true;
            }
        }

        vector = [];
        return false;
    }

    public void Add(string text, float[] vector)
    {
        lock (_gate)
        {
            if (_entries.Remove(text, out var existing))
            {
                _recent.Remove(existing);
            }

            _entries[text] = _recent.AddFirst((text, vector));
            if (_entries.Count > Capacity)
            {
                _entries.Remove(_recent.Last!.Value.Text);
                _recent.RemoveLast();
            }
        }
    }
}
