using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ScrutinyBot.StandIns;

/// <summary>A stand-in ModernGov site on 127.0.0.1: mgWebService.asmx GetCommittees, GetMeetings and GetMeeting in the
/// web service's XML shape, and the linked papers with ETags (304 on a match).
/// The shape (element names, no namespace, GetMeetings' committee → committeemeetings → meeting nesting, meetingstatus
/// "Confirmed"/"Cancelled", linkeddocuments → linkeddoc with attachmentid, title, url, isrestricted, PDFs at
/// mgConvert2PDF.aspx?ID=) was checked against public open-source ModernGov readers: DemocracyClub/LGSF
/// (lgsf/minutes/scrapers.py and its test fixtures committees.xml, meetings.xml, meeting_with_minutes.xml),
/// pyPreservica.Gov (Preservica's Modern.Gov harvester) and jargonautical/moderngov-hacking. Nothing is copied.</summary>
public sealed class ModernGovStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();

    private ModernGovStandIn(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Committee id → title.</summary>
    public Dictionary<string, string> Committees { get; } = new() { ["101"] = "Scrutiny Committee", ["102"] = "Cabinet" };

    /// <summary>Committee id → its meetings (id, dd/MM/yyyy date).</summary>
    public Dictionary<string, List<(string Id, string Date)>> Meetings { get; } = [];

    /// <summary>Meetings whose meetingstatus is "Cancelled" (the rest are "Confirmed").</summary>
    public HashSet<string> CancelledMeetings { get; } = [];

    /// <summary>Meetings whose GetMeeting answers with XML that does not parse.</summary>
    public HashSet<string> BrokenMeetings { get; } = [];

    /// <summary>Committees whose GetMeetings answers 500.</summary>
    public HashSet<string> BrokenCommittees { get; } = [];

    /// <summary>Meeting id → its linked papers (attachment id, title), one agenda item each.</summary>
    public Dictionary<string, List<(string Id, string Title)>> Papers { get; } = [];

    /// <summary>Meeting id → its meetinglocation in GetMeeting (default "Council Chamber").</summary>
    public Dictionary<string, string> Venues { get; } = [];

    /// <summary>Meeting id → its meetingtime in GetMeeting (default "10.00 am").</summary>
    public Dictionary<string, string> Times { get; } = [];

    /// <summary>Meeting id → agenda items without papers (number, title), listed before the papers' items, which are
    /// numbered on from them.</summary>
    public Dictionary<string, List<(string Number, string Title)>> AgendaItems { get; } = [];

    /// <summary>Attachment ids listed with isrestricted True (exempt papers the site lists but does not publish).</summary>
    public HashSet<string> RestrictedPapers { get; } = [];

    /// <summary>Attachment id → the bytes served; an id missing here is a 404.</summary>
    public Dictionary<string, byte[]> Files { get; } = [];

    /// <summary>Paths answered 429 (Retry-After: 1) once before they are served.</summary>
    public HashSet<string> BusyOnce { get; } = [];

    /// <summary>Attachment id → an address the paper redirects to.</summary>
    public Dictionary<string, string> Redirects { get; } = [];

    /// <summary>When set, GetCommittees answers with an entity-expansion bomb.</summary>
    public bool BillionLaughs { get; set; }

    /// <summary>Called with each request's path and query before it is answered.</summary>
    public Action<string>? OnRequest { get; set; }

    /// <summary>Called with each request's path and query before it is answered; the answer waits for it.</summary>
    public Func<string, Task>? OnRequestAsync { get; set; }

    /// <summary>Every request, path and query, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>A paper's address as GetMeeting gives it: mgConvert2PDF.aspx?ID= for a PDF (or a paper not served),
    /// documents/s{id}/{title} for another file (.txt added when the title has no extension).</summary>
    public string PaperUrl(string attachmentId)
    {
        if (!Files.TryGetValue(attachmentId, out var bytes) || bytes.AsSpan().StartsWith("%PDF"u8))
        {
            return $"{BaseUrl}/mgConvert2PDF.aspx?ID={attachmentId}";
        }

        var title = Papers.Values.SelectMany(p => p).First(p => p.Id == attachmentId).Title;
        return $"{BaseUrl}/documents/s{attachmentId}/{Uri.EscapeDataString(title)}{(Path.HasExtension(title) ? string.Empty : ".txt")}";
    }

    /// <summary>Starts on 127.0.0.1 and <paramref name="port"/> (0: any free port).</summary>
    public static async Task<ModernGovStandIn> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var standIn = new ModernGovStandIn(app);
        app.Run(standIn.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        standIn.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return standIn;
    }

    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var request = path + context.Request.QueryString;
        _requests.Enqueue(request);
        OnRequest?.Invoke(request);
        if (OnRequestAsync is { } wait)
        {
            await wait(request).ConfigureAwait(false);
        }

        if (BusyOnce.Remove(path))
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "1";
            return;
        }

        var query = context.Request.Query;
        if (BrokenCommittees.Contains(query["lCommitteeId"].ToString()))
        {
            context.Response.StatusCode = 500;
            return;
        }

        var xml = path.ToLowerInvariant() switch
        {
            "/mgwebservice.asmx/getcommittees" when BillionLaughs => BillionLaughsXml,
            "/mgwebservice.asmx/getcommittees" => CommitteesXml(),
            "/mgwebservice.asmx/getmeetings" => MeetingsXml(query["lCommitteeId"].ToString(), query["sFromDate"].ToString(), query["sToDate"].ToString()),
            "/mgwebservice.asmx/getmeeting" => MeetingXml(query["lMeetingId"].ToString()),
            _ => null,
        };
        if (xml is not null)
        {
            context.Response.ContentType = "text/xml; charset=utf-8";
            await context.Response.WriteAsync("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + xml, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var id = string.Equals(path, "/mgConvert2PDF.aspx", StringComparison.OrdinalIgnoreCase)
            ? query["ID"].ToString()
            : path.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["documents", var folder, _] ? folder.TrimStart('s') : null;
        await ServePaperAsync(context, id).ConfigureAwait(false);
    }

    private string CommitteesXml() =>
        $"<committees><committeescount>{Committees.Count}</committeescount>{string.Concat(Committees.Select(c =>
            $"<committee><committeeid>{c.Key}</committeeid><committeetitle>{Escape(c.Value)}</committeetitle><committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired></committee>"))}</committees>";

    private string MeetingsXml(string committeeId, string from, string to)
    {
        var inWindow = Meetings.GetValueOrDefault(committeeId, [])
            .Where(m => Day(m.Date) >= Day(from) && Day(m.Date) <= Day(to))
            .ToList();
        var meetings = string.Concat(inWindow.Select(m =>
            $"<meeting><meetingid>{m.Id}</meetingid><meetingdate>{m.Date}</meetingdate><meetingstatus>{Status(m.Id)}</meetingstatus><meetingtime>10.00 am</meetingtime><iswebcast>False</iswebcast></meeting>"));
        return $"<getmeetings><meetingscount>{inWindow.Count}</meetingscount><committeescount>1</committeescount><committee><committeeid>{Escape(committeeId)}</committeeid>"
            + $"<committeetitle>{Escape(Committees.GetValueOrDefault(committeeId, string.Empty))}</committeetitle><committeemeetingcount>{inWindow.Count}</committeemeetingcount>"
            + $"<committeemeetings>{meetings}</committeemeetings></committee></getmeetings>";
    }

    private string MeetingXml(string meetingId)
    {
        if (BrokenMeetings.Contains(meetingId))
        {
            return $"<meeting><meetingid>{Escape(meetingId)}</meetingid><agendaitems><agendaitem>";
        }

        var date = Meetings.Values.SelectMany(m => m).FirstOrDefault(m => m.Id == meetingId).Date ?? string.Empty;
        var plain = AgendaItems.GetValueOrDefault(meetingId, []);
        var items = string.Concat(plain.Select((a, i) =>
            $"<agendaitem><agendaitemid>{100 + i}</agendaitemid><agendaitemtitle>{Escape(a.Title)}</agendaitemtitle><agendaitemnumber>{Escape(a.Number)}</agendaitemnumber><linkeddocuments /></agendaitem>"))
            + string.Concat(Papers.GetValueOrDefault(meetingId, []).Select((p, i) =>
            $"<agendaitem><agendaitemid>{i + 1}</agendaitemid><agendaitemtitle>{Escape(p.Title)}</agendaitemtitle><agendaitemnumber>{plain.Count + i + 1}</agendaitemnumber>"
            + $"<linkeddocuments><linkeddoc><attachmentid>{p.Id}</attachmentid><title>{Escape(p.Title)}</title><isurl>False</isurl><url>{Escape(PaperUrl(p.Id))}</url>"
            + $"<isrestricted>{(RestrictedPapers.Contains(p.Id) ? "True" : "False")}</isrestricted><ownertitle>{Escape(p.Title)}</ownertitle></linkeddoc></linkeddocuments></agendaitem>"));
        return $"<meeting><meetingid>{Escape(meetingId)}</meetingid><meetingdate>{date}</meetingdate><meetingstatus>{Status(meetingId)}</meetingstatus>"
            + $"<meetingtime>{Escape(Times.GetValueOrDefault(meetingId, "10.00 am"))}</meetingtime><meetinglocation>{Escape(Venues.GetValueOrDefault(meetingId, "Council Chamber"))}</meetinglocation>"
            + $"<agendaitems>{items}</agendaitems></meeting>";
    }

    private string Status(string meetingId) => CancelledMeetings.Contains(meetingId) ? "Cancelled" : "Confirmed";

    private async Task ServePaperAsync(HttpContext context, string? id)
    {
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

        context.Response.ContentType = bytes.AsSpan().StartsWith("%PDF"u8) ? "application/pdf" : "text/plain";
        context.Response.Headers.ETag = etag;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private static DateOnly Day(string ddMMyyyy) =>
        DateOnly.TryParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : DateOnly.MinValue;

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
