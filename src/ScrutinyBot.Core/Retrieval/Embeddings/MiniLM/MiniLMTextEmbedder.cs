using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace ScrutinyBot.Core.Retrieval.Embeddings.MiniLM;

/// <summary>Embeds texts with the local all-MiniLM-L6-v2 model. The model is loaded on first use, once, by whichever
/// caller gets there first (the others wait); texts are run in batches of Embeddings:MiniLM:BatchSize, grouped by
/// length. A model that cannot be loaded or run is logged and gives no vectors.</summary>
public sealed partial class MiniLMTextEmbedder : ITextEmbedder, IDisposable
{
    private readonly MiniLMOptions _options;
    private readonly ILogger<MiniLMTextEmbedder> _logger;
    private readonly Lazy<MiniLMModel> _model;

    public MiniLMTextEmbedder(IOptions<MiniLMOptions> options, ILogger<MiniLMTextEmbedder> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        _model = new Lazy<MiniLMModel>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool IsEnabled => true;

    /// <summary>True once the model has been loaded (it is loaded by the first call that needs it).</summary>
    public bool IsLoaded => _model.IsValueCreated;

    public Task<IReadOnlyList<float[]>?> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<float[]>?>([]);
        }

        try
        {
            var model = _model.Value;
            var vectors = new float[texts.Count][];
            var byLength = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
            foreach (var batch in byLength.Chunk(_options.BatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var embedded = model.Encode(batch.Select(i => texts[i]).ToList());
                for (var j = 0; j < batch.Length; j++)
                {
                    vectors[batch[j]] = embedded[j];
                }
            }

            return Task.FromResult<IReadOnlyList<float[]>?>(vectors);
        }
        catch (Exception ex) when (ex is OnnxRuntimeException or IOException or InvalidDataException or UnauthorizedAccessException or DllNotFoundException or TypeInitializationException)
        {
            LogFailed(_logger, texts.Count, ex);
            return Task.FromResult<IReadOnlyList<float[]>?>(null);
        }
    }

    public void Dispose()
    {
        if (_model.IsValueCreated)
        {
            _model.Value.Dispose();
        }
    }

    private MiniLMModel Load()
    {
        var stopwatch = Stopwatch.StartNew();
        var directory = string.IsNullOrWhiteSpace(_options.ModelDirectory)
            ? Path.Combine(Path.GetTempPath(), "scrutinybot-models")
            : _options.ModelDirectory;
        var model = new MiniLMModel(MiniLMModelFile.Ensure(directory), _options.MaxTokens, _options.Threads);
        LogLoaded(_logger, stopwatch.ElapsedMilliseconds);
        return model;
    }

    [LoggerMessage(EventId = 3320, Level = LogLevel.Information, Message = "Loaded the local embedding model all-MiniLM-L6-v2 in {ElapsedMs} ms")]
    private static partial void LogLoaded(ILogger logger, long elapsedMs);

    [LoggerMessage(EventId = 3321, Level = LogLevel.Warning, Message = "The local embedding model could not embed {TextCount} text(s); carrying on without vectors")]
    private static partial void LogFailed(ILogger logger, int textCount, Exception exception);
}
