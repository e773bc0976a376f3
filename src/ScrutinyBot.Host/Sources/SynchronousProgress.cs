namespace ScrutinyBot.Host.Sources;

/// <summary>Writes each progress line as it happens, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
internal sealed class SynchronousProgress(TextWriter output) : IProgress<string>
{
    private readonly Lock _gate = new();

    public void Report(string value)
    {
        lock (_gate)
        {
            output.WriteLine(value);
        }
    }
}
