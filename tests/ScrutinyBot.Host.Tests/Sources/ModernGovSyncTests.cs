using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Retrieval.Facts;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.StandIns;

namespace ScrutinyBot.Host.Tests.Sources;

public sealed class ModernGovSyncTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "scrutinybot-moderngov-tests", Guid.NewGuid().ToString("N"));
    private ModernGovStandIn _site = null!;

    public async Task InitializeAsync()
    {
        _site = await ModernGovStandIn.StartAsync();
        _site.Meetings["101"] = [("5001", "15/01/2026"), ("5002", "12/03/2026")];
        _site.Meetings["102"] = [("6001", "30/01/2026")];
        _site.Papers["5001"] = [("9001", "Motion")];
        _site.Papers["5002"] = [("9002", "MRP")];
        _site.Papers["6001"] = [("9003", "Cabinet paper")];
        _site.Files["9001"] = KentPapers.Read(KentPapers.Motion);
        _site.Files["9002"] = KentPapers.Read(KentPapers.Mrp);
        _site.Files["9003"] = KentPapers.Read(KentPapers.Glossary);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner; no test depends on it.
        }
    }

    [Fact]
    public async Task Sync_FirstRun_IngestsTheScrutinyCommitteesPapers()
    {
        using var sut = NewHost();

        var (code, output) = await sut.RunAsync("sources", "sync");
        var (_, facts) = await sut.RunAsync("facts");

        Assert.Equal(0, code);
        Assert.Contains("kent: 2 meeting(s), added 2, replaced 0, unchanged 0, forgotten 0, excluded 0, failed 0", output, StringComparison.Ordinal);
        Assert.StartsWith("2 document(s)", facts, StringComparison.Ordinal);
        Assert.DoesNotContain(_site.Requests, r => r.Contains("lMeetingId=6001", StringComparison.Ordinal));
        Assert.Contains(_site.Requests, r => r.StartsWith("/mgWebService.asmx/GetMeetings?lCommitteeId=101&sFromDate=", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_data, "sources", "moderngov", "kent", "5001", "9001-Motion.pdf")));
    }

    [Fact]
    public async Task Sync_SecondRun_ChangesNothing()
    {
        using var sut = NewHost();
        await sut.RunAsync("sources", "sync");

        var (code, output) = await sut.RunAsync("sources", "sync");

        Assert.Equal(0, code);
        Assert.Contains("added 0, replaced 0, unchanged 2, forgotten 0", output, StringComparison.Ordinal);
        Assert.Contains("unchanged (not modified)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_PaperChanged_ReplacesIt()
    {
        using var sut = NewHost();
        await sut.RunAsync("sources", "sync");
        _site.Files["9002"] = KentPapers.Read(KentPapers.Glossary);

        var (code, output) = await sut.RunAsync("sources", "sync");
        var (_, facts) = await sut.RunAsync("facts");

        Assert.Equal(0, code);
        Assert.Contains("added 0, replaced 1, unchanged 1", output, StringComparison.Ordinal);
        Assert.StartsWith("2 document(s)", facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_PaperWithdrawn_ForgetsIt()
    {
        using var sut = NewHost();
        await sut.RunAsync("sources", "sync");
        _site.Papers["5002"] = [];

        var (code, output) = await sut.RunAsync("sources", "sync");
        var (_, facts) = await sut.RunAsync("facts");
        var (_, status) = await sut.RunAsync("sources", "status");

        Assert.Equal(0, code);
        Assert.Contains("forgotten 1", output, StringComparison.Ordinal);
        Assert.StartsWith("1 document(s)", facts, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data, "sources", "moderngov", "kent", "5002", "9002-MRP.pdf")));
        Assert.Contains("kent: last sync ", status, StringComparison.Ordinal);
        Assert.Contains("2 meeting(s), 1 paper(s)", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_TooManyRequestsThenSuccess_WaitsAndCarriesOn()
    {
        using var sut = NewHost();
        _site.BusyOnce.Add("/mgWebService.asmx/GetCommittees");

        var (code, output) = await sut.RunAsync("sources", "sync");

        Assert.Equal(0, code);
        Assert.Contains("added 2", output, StringComparison.Ordinal);
        Assert.Equal(2, _site.Requests.Count(r => r.StartsWith("/mgWebService.asmx/GetCommittees", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Sync_RedirectToAnotherHost_RefusesThatPaper()
    {
        using var sut = NewHost();
        _site.Redirects["9002"] = "http://elsewhere.invalid/documents/s9002/MRP.pdf";

        var (code, output) = await sut.RunAsync("sources", "sync");
        var (_, facts) = await sut.RunAsync("facts");

        Assert.Equal(1, code);
        Assert.Contains("added 1, replaced 0, unchanged 0, forgotten 0, excluded 0, failed 1", output, StringComparison.Ordinal);
        Assert.Contains("is not on 127.0.0.1", output, StringComparison.Ordinal);
        Assert.StartsWith("1 document(s)", facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_BillionLaughsXml_RefusedAndRecorded()
    {
        using var sut = NewHost();
        _site.BillionLaughs = true;

        var (code, output) = await sut.RunAsync("sources", "sync");
        var (_, status) = await sut.RunAsync("sources", "status");
        var (_, facts) = await sut.RunAsync("facts");

        Assert.Equal(1, code);
        Assert.Contains("error: the web service sent XML that is not accepted", output, StringComparison.Ordinal);
        Assert.Contains("last error: the web service sent XML that is not accepted", status, StringComparison.Ordinal);
        Assert.StartsWith("0 document(s)", facts, StringComparison.Ordinal);
        Assert.Single(_site.Requests);
    }

    [Fact]
    public async Task Sync_RestartMidSync_ResumesWithoutRefetchingFinishedMeetings()
    {
        using var stop = new CancellationTokenSource();
        _site.OnRequest = r =>
        {
            if (r.Contains("lMeetingId=5002", StringComparison.Ordinal))
            {
                stop.Cancel();
            }
        };
        using (var first = NewHost())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.Source.SyncAsync(null, stop.Token));
        }

        _site.OnRequest = null;
        var before = _site.Requests.Count;
        using var second = NewHost();
        var (_, status) = await second.RunAsync("sources", "status");

        var (code, output) = await second.RunAsync("sources", "sync");

        Assert.Contains("unfinished run started", status, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains("meeting 5001 (15/01/2026) already synced in this run", output, StringComparison.Ordinal);
        Assert.Contains("added 1", output, StringComparison.Ordinal);
        Assert.DoesNotContain(_site.Requests.Skip(before), r => r.Contains("lMeetingId=5001", StringComparison.Ordinal));
        Assert.DoesNotContain("unfinished run", (await second.RunAsync("sources", "status")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_ExemptPaper_SkippedAsIngestDoes()
    {
        using var sut = NewHost();
        _site.Papers["5002"] = [("9004", "Exempt appendix.txt")];
        _site.Files["9004"] = System.Text.Encoding.UTF8.GetBytes(
            "NOT FOR PUBLICATION\nExempt information under paragraph 3 of Part 1 of Schedule 12A\n\nCommercial terms of the contract.\n");

        var (code, output) = await sut.RunAsync("sources", "sync");
        var (_, facts) = await sut.RunAsync("facts");

        Assert.Equal(0, code);
        Assert.Contains("added 1, replaced 0, unchanged 0, forgotten 0, excluded 1, failed 0", output, StringComparison.Ordinal);
        Assert.StartsWith("1 document(s)", facts, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data, "sources", "moderngov", "kent", "5002", "9004-Exempt appendix.txt")));
    }

    [Fact]
    public async Task Sync_MeetingCancelled_ItsPapersNotFetched()
    {
        using var sut = NewHost();
        _site.CancelledMeetings.Add("5002");

        var (code, output) = await sut.RunAsync("sources", "sync");
        var (_, facts) = await sut.RunAsync("facts");

        Assert.Equal(0, code);
        Assert.Contains("kent: 2 meeting(s), added 1, replaced 0, unchanged 0, forgotten 0, excluded 0, failed 0, cancelled 1", output, StringComparison.Ordinal);
        Assert.StartsWith("1 document(s)", facts, StringComparison.Ordinal);
        Assert.DoesNotContain(_site.Requests, r => r.Contains("lMeetingId=5002", StringComparison.Ordinal) || r.Contains("ID=9002", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_MeetingCancelledAfterItsPapersWereSynced_ForgetsThem()
    {
        using var sut = NewHost();
        await sut.RunAsync("sources", "sync");
        _site.CancelledMeetings.Add("5002");

        var (code, output) = await sut.RunAsync("sources", "sync");
        var (_, facts) = await sut.RunAsync("facts");

        Assert.Equal(0, code);
        Assert.Contains("unchanged 1, forgotten 1, excluded 0, failed 0, cancelled 1", output, StringComparison.Ordinal);
        Assert.Contains("9002-MRP.pdf: its meeting was cancelled, forgotten.", output, StringComparison.Ordinal);
        Assert.StartsWith("1 document(s)", facts, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data, "sources", "moderngov", "kent", "5002", "9002-MRP.pdf")));
    }

    [Fact]
    public async Task Sync_OneMeetingsXmlBroken_SkipsThatMeetingAndSyncsTheRest()
    {
        using var sut = NewHost();
        _site.BrokenMeetings.Add("5001");

        var (code, output) = await sut.RunAsync("sources", "sync");
        var (_, facts) = await sut.RunAsync("facts");
        _site.BrokenMeetings.Clear();
        var (retryCode, retry) = await sut.RunAsync("sources", "sync");

        Assert.Equal(1, code);
        Assert.Contains("FAILED meeting 5001: the web service sent XML that is not accepted", output, StringComparison.Ordinal);
        Assert.Contains("added 1, replaced 0, unchanged 0, forgotten 0, excluded 0, failed 1, cancelled 0", output, StringComparison.Ordinal);
        Assert.DoesNotContain("error:", output, StringComparison.Ordinal);
        Assert.StartsWith("1 document(s)", facts, StringComparison.Ordinal);
        Assert.Equal(0, retryCode);
        Assert.Contains("added 1, replaced 0, unchanged 1, forgotten 0, excluded 0, failed 0", retry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_OneCommitteesMeetingListFails_SyncsTheOtherCommittees()
    {
        using var sut = new ModernGovHostFactory(_site.BaseUrl, _data, new() { ["Sources:ModernGov:Sites:0:Committees:0"] = "101", ["Sources:ModernGov:Sites:0:Committees:1"] = "102" });
        _site.BrokenCommittees.Add("101");

        var (code, output) = await sut.RunAsync("sources", "sync");
        var (_, facts) = await sut.RunAsync("facts");

        Assert.Equal(1, code);
        Assert.Contains("FAILED the meetings of Scrutiny Committee: /mgWebService.asmx/GetMeetings: the site answered 500", output, StringComparison.Ordinal);
        Assert.Contains("kent: 1 meeting(s), added 1, replaced 0, unchanged 0, forgotten 0, excluded 0, failed 1", output, StringComparison.Ordinal);
        Assert.StartsWith("1 document(s)", facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_PaperMissing_SkipsThatPaperAndSyncsTheRest()
    {
        using var sut = NewHost();
        _site.Files.Remove("9001");

        var (code, output) = await sut.RunAsync("sources", "sync");
        var (_, facts) = await sut.RunAsync("facts");

        Assert.Equal(1, code);
        Assert.Contains("the site answered 404", output, StringComparison.Ordinal);
        Assert.Contains("added 1, replaced 0, unchanged 0, forgotten 0, excluded 0, failed 1", output, StringComparison.Ordinal);
        Assert.StartsWith("1 document(s)", facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_BrokenPdf_SkipsThatPaperAndSyncsTheRest()
    {
        using var sut = NewHost();
        _site.Files["9001"] = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntruncated"u8.ToArray();

        var (code, output) = await sut.RunAsync("sources", "sync");
        var (_, facts) = await sut.RunAsync("facts");

        Assert.Equal(1, code);
        Assert.Contains("added 1, replaced 0, unchanged 0, forgotten 0, excluded 0, failed 1", output, StringComparison.Ordinal);
        Assert.StartsWith("1 document(s)", facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_TwoHostsOnOneStore_OnlyOneSyncsTheSite()
    {
        using var first = NewHost();
        using var second = NewHost();
        var firstIsIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondIsDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _site.OnRequestAsync = async request =>
        {
            if (request.StartsWith("/mgWebService.asmx/GetCommittees", StringComparison.Ordinal))
            {
                firstIsIn.TrySetResult();
                await secondIsDone.Task.WaitAsync(TimeSpan.FromSeconds(60));
            }
        };

        var firstSync = first.RunAsync("sources", "sync");
        await firstIsIn.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var (secondCode, secondOutput) = await second.RunAsync("sources", "sync");
        secondIsDone.SetResult();
        var (firstCode, firstOutput) = await firstSync;

        Assert.Equal(0, secondCode);
        Assert.Matches(@"kent: not synced here: [^ ]+/\d+/[0-9a-f]{8} \(lease until .* UTC\) is syncing it", secondOutput);
        Assert.Equal(0, firstCode);
        Assert.Contains("kent: 2 meeting(s), added 2", firstOutput, StringComparison.Ordinal);
        Assert.Single(_site.Requests, r => r.StartsWith("/mgWebService.asmx/GetCommittees", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_SiteLeasedByAnotherHost_LeftToIt()
    {
        using var sut = NewHost();
        var now = DateTimeOffset.UtcNow;
        await sut.Services.GetRequiredService<ISourceLeaseStore>().TryClaimAsync("kent", "other-host/42/abcdef12", now, now.AddMinutes(10), CancellationToken.None);

        var (code, output) = await sut.RunAsync("sources", "sync");

        Assert.Equal(0, code);
        Assert.StartsWith("kent: not synced here: other-host/42/abcdef12 (lease until ", output, StringComparison.Ordinal);
        Assert.Empty(_site.Requests);
    }

    [Fact]
    public async Task Sync_LeaseOfAnotherHostExpired_TakesItOverAndReleasesIt()
    {
        using var sut = NewHost();
        var leases = sut.Services.GetRequiredService<ISourceLeaseStore>();
        var now = DateTimeOffset.UtcNow;
        await leases.TryClaimAsync("kent", "crashed-host/42/abcdef12", now.AddMinutes(-20), now.AddMinutes(-10), CancellationToken.None);

        var (code, output) = await sut.RunAsync("sources", "sync");
        var after = await leases.TryClaimAsync("kent", "next-host/7/12345678", now, now.AddMinutes(10), CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("kent: 2 meeting(s), added 2", output, StringComparison.Ordinal);
        Assert.Equal("next-host/7/12345678", after.Holder);
    }

    [Fact]
    public async Task Ask_AboutASyncedPdf_CitationCarriesThePapersAddressAndPage()
    {
        using var sut = NewHost();
        await sut.RunAsync("sources", "sync");

        var (_, json) = await sut.RunAsync("ask", "how many disposable vapes are thrown away each week?", "--json");
        var (_, text) = await sut.RunAsync("ask", "how many disposable vapes are thrown away each week?");

        var citations = JsonDocument.Parse(json).RootElement.GetProperty("citations").EnumerateArray().ToList();
        var motion = citations.First(c => c.GetProperty("source").GetString() == "9001-Motion.pdf");
        var url = motion.GetProperty("url").GetString();
        Assert.Equal($"{_site.PaperUrl("9001")}#page={motion.GetProperty("page").GetInt32()}", url);
        Assert.Contains($"    {url}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_SiteDescribesMeetingOtherwiseThanItsPapers_SiteValuesWin()
    {
        var meetingDate = new DateOnly(2025, 1, 15);
        _site.Meetings["101"] = [("7215", "15/01/2025")];
        _site.Papers["7215"] = [("30215", "Agenda reports pack")];
        _site.Files["30215"] = File.ReadAllBytes(Path.Combine(Ingestion.IngestionVerbsTests.SamplesFolder(), "000_bf1d6094ad6ce6d2.txt"));
        _site.Venues["7215"] = "Council Chamber, Loxley House";
        _site.Times["7215"] = "2.00 pm";
        _site.AgendaItems["7215"] = [("1", "Apologies for Absence"), ("2", "Declarations of Interests"), ("3", "Minutes of the last meeting")];
        using var sut = NewHost(new() { ["Sources:ModernGov:Sites:0:LookBackMonths"] = "120" });

        var (code, output) = await sut.RunAsync("sources", "sync");
        var queries = sut.Services.GetRequiredService<IFactQueries>();
        var meetings = await queries.MeetingsOnAsync(meetingDate, null, CancellationToken.None);
        var facts = await sut.Services.GetRequiredService<IFactStore>().LoadFactsAsync(CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("meeting details from the site: Scrutiny Committee, 15 January 2025, 14:00, Council Chamber, Loxley House, 4 agenda item(s).", output, StringComparison.Ordinal);
        var meeting = Assert.Single(meetings);
        Assert.Equal(("Scrutiny Committee", new TimeOnly(14, 0), "Council Chamber, Loxley House", "kent"), (meeting.Committee, meeting.Start, meeting.Place, meeting.Site));
        Assert.Equal(_site.PaperUrl("30215"), meeting.Evidence.Link);
        Assert.Equal(
            ["1 Apologies for Absence", "2 Declarations of Interests", "3 Minutes of the last meeting", "4 Agenda reports pack"],
            facts.Facts.AgendaItems.Where(i => i.MeetingDate == meetingDate).Select(i => $"{i.Number} {i.Title}"));
        Assert.Equal("Council Chamber, Loxley House", Assert.Single(facts.Facts.Meetings, m => m.Date == meetingDate).Place);
    }

    [Fact]
    public async Task Sync_SiteChangesTheVenueOnly_FactsFollowWithoutRefetchingThePaper()
    {
        using var sut = NewHost();
        await sut.RunAsync("sources", "sync");
        _site.Venues["5001"] = "Darent Room, Sessions House";

        var (_, output) = await sut.RunAsync("sources", "sync");
        var facts = await sut.Services.GetRequiredService<IFactStore>().LoadFactsAsync(CancellationToken.None);

        Assert.Contains("unchanged 2", output, StringComparison.Ordinal);
        Assert.Equal("Darent Room, Sessions House", facts.Facts.Meetings.Single(m => m.Date == new DateOnly(2026, 1, 15)).Place);
    }

    [Fact]
    public async Task Status_WhileAnotherHostSyncs_NamesItAndSinceWhen()
    {
        using var sut = NewHost();
        var now = DateTimeOffset.UtcNow;
        await sut.Services.GetRequiredService<ISourceLeaseStore>().TryClaimAsync("kent", "other-host/42/abcdef12", now.AddMinutes(-3), now.AddMinutes(7), CancellationToken.None);

        var (code, status) = await sut.RunAsync("sources", "status");

        Assert.Equal(0, code);
        Assert.Contains($"syncing now: other-host/42/abcdef12 since {now.AddMinutes(-3):yyyy-MM-dd HH:mm:ss} UTC, lease until {now.AddMinutes(7):yyyy-MM-dd HH:mm:ss} UTC", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AfterASync_NobodyHoldsTheLease()
    {
        using var sut = NewHost();
        await sut.RunAsync("sources", "sync");

        var (_, status) = await sut.RunAsync("sources", "status");

        Assert.Contains("syncing now: nobody (no lease held)", status, StringComparison.Ordinal);
    }

    private ModernGovHostFactory NewHost(Dictionary<string, string?>? extra = null) => new(_site.BaseUrl, _data, extra);
}
