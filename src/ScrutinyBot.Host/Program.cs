using ScrutinyBot.Host.Answering;
using ScrutinyBot.Host.Digests;
using ScrutinyBot.Host.Ingestion;
using ScrutinyBot.Host.Retrieval;
using ScrutinyBot.Host.Sources;
using ScrutinyBot.Host.Storage;
using ScrutinyBot.Host.Teams;
using ScrutinyBot.Host.Cli;
using ScrutinyBot.Host.Hosting;
using ScrutinyBot.Host.Telemetry;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
builder.Services
    .AddCommandLineVerbs()
    .AddStorage()
    .AddIngestion()
    .AddSources()
    .AddRetrieval()
    .AddAnswering()
    .AddDigests()
    .AddTeamsBot()
    .AddHostHealth()
    .AddMemoryPacing()
    .AddScrutinyTelemetry()
    .AddStorageEngine()
    .AddSearchEngine();

var command = CommandLine.Parse(args, builder.Services.CliVerbs());
if (command.TryAnswerEarly(Console.Out, Console.Error) is { } early)
{
    return early;
}

builder.AddScrutinyConfiguration(command);
var app = builder.Build();
app.MapHealth();
app.MapTeamsBot();
app.MapDigests();
return await app.RunCommandAsync(command);

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
