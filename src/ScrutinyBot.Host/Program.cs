using ScrutinyBot.Host.Answering;
using ScrutinyBot.Host.Digests;
using ScrutinyBot.Host.Ingestion;
using ScrutinyBot.Host.Retrieval;
using ScrutinyBot.Host.Sources;
using ScrutinyBot.Host.Storage;
using ScrutinyBot.Host.Teams;
using ScrutinyBot.Host.Cli;
using ScrutinyBot.Host.Hosting;

var command = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
builder.AddScrutinyConfiguration(command);
builder.Services
    .AddCommandLineVerbs()
    .AddStorage()
    .AddIngestion()
    .AddSources()
    .AddRetrieval()
    .AddAnswering()
    .AddDigests()
    .AddTeamsBot()
    .AddStorageEngine();

var app = builder.Build();
app.MapHealth();
app.MapTeamsBot();
app.MapDigests();
return await app.RunCommandAsync(command);

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
