using System.Collections.Concurrent;
using System.Net;
using System.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ScrutinyBot.Host.Tests.Sources;

/// <summary>A stand-in ModernGov site on 127.0.0.1 (any free port): mgWebService.asmx GetCommittees, GetMeetings and
/// GetMeeting in the web service's XML shape, and the linked papers under /documents/ with ETags (304 on a match).</summary>
internal sealed class ModernGovStandIn : IAsyncDisposable
{
    private const string Namespace = "http://moderngov.co.uk/namespaces";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();

    private ModernGovStandIn(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Committee id → title.</summary>
    public Dictionary<string, string> Committees { get; } = new() { ["101"] = "Scrutiny Committee", ["102"] = "Cabinet" };

    /// <summary>Committee id → its meetings (id, dd/MM/yyyy date).</summary>
    public Dictionary<string, List<(string Id, string Date)>> Meetings { get; } = [];

    /// <summary>Meeting id → its linked papers (document id, title); each is served at /documents/s{id}/{title}.pdf.</summary>
    public Dictionary<string, List<(string Id, string Title)>> Papers { get; } = [];

    /// <summary>Document id → the bytes served.</summary>
    public Dictionary<string, byte[]> Files { get; } = [];

    /// <summary>Paths answered 429 (Retry-After: 1) once before they are served.</summary>
    public HashSet<string> BusyOnce { get; } = [];

    /// <summary>Document id → an address the paper redirects to.</summary>
    public Dictionary<string, string> Redirects { get; } = [];

    /// <summary>When set, GetCommittees answers with an entity-expansion bomb.</summary>
    public bool BillionLaughs { get; set; }

    /// <summary>Called with each request's path and query before it is answered.</summary>
    public Action<string>? OnRequest { get; set; }

    /// <summary>Every request, path and query, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>A paper's address: its title as the file name, .pdf unless the title has an extension (.txt...).</summary>
    public string PaperUrl(string documentId)
    {
        var title = Papers.Values.SelectMany(p => p).First(p => p.Id == documentId).Title;
        return $"{BaseUrl}/documents/s{documentId}/{Uri.EscapeDataString(title)}{(Path.HasExtension(title) ? string.Empty : ".pdf")}";
    }

    public static async Task<ModernGovStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var standIn = new ModernGovStandIn(app);
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        standIn.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return standIn;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        _requests.Enqueue(path + context.Request.QueryString);
        OnRequest?.Invoke(path + context.Request.QueryString);
        if (BusyOnce.Remove(path))
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "1";
            return;
        }

        var query = context.Request.Query;
        var xml = path switch
        {
            "/mgWebService.asmx/GetCommittees" when BillionLaughs => BillionLaughsXml,
            "/mgWebService.asmx/GetCommittees" => $"<committees xmlns=\"{Namespace}\">{string.Concat(Committees.Select(c =>
                $"<committee><committeeid>{c.Key}</committeeid><committeetitle>{Escape(c.Value)}</committeetitle><committeedeleted>False</committeedeleted></committee>"))}</committees>",
            "/mgWebService.asmx/GetMeetings" => $"<meetings xmlns=\"{Namespace}\">{string.Concat(Meetings.GetValueOrDefault(query["lCommitteeId"].ToString(), []).Select(m =>
                $"<meeting><meetingid>{m.Id}</meetingid><meetingdate>{m.Date}</meetingdate><meetingtime>10:00</meetingtime></meeting>"))}</meetings>",
            "/mgWebService.asmx/GetMeeting" => MeetingXml(query["lMeetingId"].ToString()),
            _ => null,
        };
        if (xml is not null)
        {
            context.Response.ContentType = "text/xml; charset=utf-8";
            await context.Response.WriteAsync("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + xml, context.RequestAborted);
            return;
        }

        await ServePaperAsync(context, path);
    }

    private string MeetingXml(string meetingId)
    {
        var papers = Papers.GetValueOrDefault(meetingId, []);
        var items = string.Concat(papers.Select((p, i) =>
            $"<agendaitem><agendaitemid>{i + 1}</agendaitemid><agendaitemnumber>{i + 1}</agendaitemnumber><agendaitemtitle>{Escape(p.Title)}</agendaitemtitle>"
            + $"<linkeddocuments><linkeddocument><documentid>{p.Id}</documentid><title>{Escape(p.Title)}</title><url>{Escape(PaperUrl(p.Id))}</url></linkeddocument></linkeddocuments></agendaitem>"));
        return $"<meeting xmlns=\"{Namespace}\"><meetingid>{meetingId}</meetingid><meetingdate>15/01/2026</meetingdate><agenda>{items}</agenda></meeting>";
    }

    private async Task ServePaperAsync(HttpContext context, string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var id = parts.Length == 3 && parts[0] == "documents" ? parts[1].TrimStart('s') : null;
        if (id is not null && Redirects.TryGetValue(id, out var target))
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = target;
            return;
        }

        if (id is null || !Files.TryGetValue(id, out var bytes))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var etag = $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16]}\"";
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        context.Response.ContentType = path.EndsWith(".txt", StringComparison.Ordinal) ? "text/plain" : "application/pdf";
        context.Response.Headers.ETag = etag;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private const string BillionLaughsXml = """
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <committees><committee><committeeid>101</committeeid><committeetitle>Scrutiny &lol9;</committeetitle></committee></committees>
        """;
}
