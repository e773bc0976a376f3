using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Answering.Generative;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Host.Tests.Ingestion;

namespace ScrutinyBot.Host.Tests.Answering;

/// <summary>The served bot answers questions to itself at start (Answering:WarmupQuestions), in the background,
/// never through the language model, and a warm-up that fails leaves the host serving.</summary>
public sealed class AnswerWarmupServiceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Start_WarmupQuestionsSet_AsksThatManyQuestionsWithoutTheModel()
    {
        var facts = new Mock<IFactAnswerer>();
        var asked = 0;
        facts.Setup(f => f.TryAnswerAsync(It.IsAny<QueryAnalysis>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .Callback(() => Interlocked.Increment(ref asked))
            .ReturnsAsync(new Answer(true, "The committee met on 1 May.", []));
        var model = new Mock<IAnswerGenerator>();
        model.SetupGet(g => g.IsEnabled).Returns(true);
        using var factory = Host(3, facts.Object, model.Object);
        using var client = factory.CreateClient();

        await WaitUntil(() => Volatile.Read(ref asked) >= 3);
        await Task.Delay(200);

        Assert.Equal(3, Volatile.Read(ref asked));
        model.Verify(g => g.GenerateAsync(It.IsAny<string>(), It.IsAny<RetrievalResult>(), It.IsAny<Answer?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Start_WarmupQuestionsZero_AsksNothing()
    {
        var facts = new Mock<IFactAnswerer>();
        using var factory = Host(0, facts.Object);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        facts.Verify(f => f.TryAnswerAsync(It.IsAny<QueryAnalysis>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Start_WarmupThrows_HostKeepsServing()
    {
        var facts = new Mock<IFactAnswerer>();
        var asked = 0;
        facts.Setup(f => f.TryAnswerAsync(It.IsAny<QueryAnalysis>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .Callback(() => Interlocked.Increment(ref asked))
            .ThrowsAsync(new InvalidOperationException("fact store unreadable"));
        using var factory = Host(5, facts.Object);
        using var client = factory.CreateClient();

        await WaitUntil(() => Volatile.Read(ref asked) >= 1);
        await Task.Delay(200);
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(1, Volatile.Read(ref asked));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Host(int questions, IFactAnswerer facts, IAnswerGenerator? model = null) =>
        new IngestionHostFactory(new() { ["Answering:WarmupQuestions"] = questions.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(facts);
                if (model is not null)
                {
                    services.AddSingleton(model);
                }
            }));

    private static async Task WaitUntil(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Patience, "the warm-up did not ask its questions in time");
            await Task.Delay(20);
        }
    }
}
