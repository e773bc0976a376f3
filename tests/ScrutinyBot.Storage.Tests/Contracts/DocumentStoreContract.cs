using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>IDocumentStore and IFactStore: the system of record.</summary>
public abstract class DocumentStoreContract : StoreContract
{
    [Fact]
    public async Task LoadFactsAsync_MeetingWithChairNamedElsewhere_KeepsWhereTheChairIsNamed()
    {
        var document = TestDocuments.WithEveryFact("v1", "text");
        var meeting = document.Extraction.Facts.Meetings[0];
        var chaired = meeting with { ChairEvidence = meeting.Evidence with { Page = 3, Quote = "Councillor Chair in the Chair" } };
        await Store.Documents.SaveAsync(document with { Extraction = document.Extraction with { Facts = document.Extraction.Facts with { Meetings = [chaired] } } }, None);

        var read = Assert.Single((await Store.Facts.LoadFactsAsync(None)).Facts.Meetings);

        Assert.Equal(new Evidence("doc.txt", "Minutes", 3, "Councillor Chair in the Chair"), read.ChairEvidence);
    }

    [Fact]
    public async Task SaveAsync_MeetingWithTheLineThatSaysWhenItClosed_ReadsItBack()
    {
        var document = TestDocuments.WithEveryFact("v1", "text");
        var meeting = document.Extraction.Facts.Meetings[0];
        var closed = meeting with { EndEvidence = meeting.Evidence with { Page = 4, Quote = "The meeting closed at 1:18pm." } };
        await Store.Documents.SaveAsync(document with { Extraction = document.Extraction with { Facts = document.Extraction.Facts with { Meetings = [closed] } } }, None);

        var read = Assert.Single((await Store.Facts.LoadFactsAsync(None)).Facts.Meetings);

        Assert.Equal(new Evidence("doc.txt", "Minutes", 4, "The meeting closed at 1:18pm."), read.EndEvidence);
        Assert.Null(read.ChairEvidence);
    }

    [Fact]
    public async Task LoadFactsAsync_AfterSave_ReturnsEveryFactWithEvidence()
    {
        var saved = await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "first text"), None);

        var set = await Store.Facts.LoadFactsAsync(None);

        var facts = set.Facts;
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(new TimeOnly(9, 30), meeting.Start);
        Assert.Equal(new TimeOnly(12, 3), meeting.End);
        Assert.Equal("Cllr Chair", meeting.Chair);
        Assert.Equal(new Evidence("doc.txt", "Minutes", 2, "quote meeting"), meeting.Evidence);
        Assert.Equal(AttendanceStatus.Apologies, Assert.Single(facts.Attendance).Status);
        Assert.Equal("4", Assert.Single(facts.AgendaItems).Number);
        Assert.Equal("2024/001", Assert.Single(facts.Resolutions).Reference);
        var recommendation = Assert.Single(facts.Recommendations);
        Assert.Equal(ResponseStatus.Partial, recommendation.ResponseStatus);
        Assert.Equal(new DateOnly(2024, 12, 1), recommendation.Deadline);
        Assert.Equal("March 2025", Assert.Single(facts.WorkProgramme).When);
        Assert.Null(Assert.Single(facts.WorkProgramme).MeetingDate);
        var document = Assert.Single(set.Documents);
        Assert.Equal(saved, document);
        Assert.Equal(Clock.GetUtcNow(), document.IngestedAt);
        Assert.Equal("Test Committee", document.Metadata.Committee);
        Assert.Equal(TestDocuments.Meeting, document.Metadata.MeetingDate);
    }

    [Fact]
    public async Task LoadFactsAsync_ShortTextsRepeatedOnManyFacts_AreOneStringEach()
    {
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "first text"), None);

        var facts = (await Store.Facts.LoadFactsAsync(None)).Facts;

        var meeting = Assert.Single(facts.Meetings);
        var resolution = Assert.Single(facts.Resolutions);
        Assert.Equal(meeting.Committee, resolution.Committee);
        Assert.Same(meeting.Committee, resolution.Committee);
        Assert.Same(meeting.Evidence.Source, resolution.Evidence.Source);
        Assert.Same(meeting.Evidence.Part, resolution.Evidence.Part);
    }

    [Fact]
    public async Task SaveAsync_SameSourcePath_ReplacesOldVersionCompletely()
    {
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "first text"), None);

        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v2", "second text"), None);

        var set = await Store.Facts.LoadFactsAsync(None);
        Assert.Equal("v2", Assert.Single(set.Documents).ContentHash);
        Assert.Equal("resolved second text", Assert.Single(set.Facts.Resolutions).Text);
        Assert.Empty(await Store.Search.SearchAsync(new(["first"], []), None));
        Assert.Single(await Store.Search.SearchAsync(new(["second"], []), None));
    }

    [Fact]
    public async Task SaveAsync_FailsMidway_LeavesEarlierVersionWhole()
    {
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "first text"), None);
        var good = TestDocuments.WithEveryFact("v2", "second text");
        var failingRow = good.Extraction.Facts.WorkProgramme[0] with { Item = null! };
        var failing = good with { Extraction = good.Extraction with { Facts = good.Extraction.Facts with { WorkProgramme = [failingRow] } } };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.Documents.SaveAsync(failing, None));

        var set = await Store.Facts.LoadFactsAsync(None);
        Assert.Equal("v1", Assert.Single(set.Documents).ContentHash);
        Assert.Equal("resolved first text", Assert.Single(set.Facts.Resolutions).Text);
        Assert.Single(await Store.Search.SearchAsync(new(["first"], []), None));
        Assert.Empty(await Store.Search.SearchAsync(new(["second"], []), None));
    }

    [Fact]
    public async Task ForgetAsync_ByFileName_RemovesDocumentAndEverythingFromIt()
    {
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "first text"), None);

        var removed = await Store.Documents.ForgetAsync("doc.txt", None);

        Assert.Equal("/papers/doc.txt", removed?.SourcePath);
        var set = await Store.Facts.LoadFactsAsync(None);
        Assert.Empty(set.Documents);
        Assert.Empty(set.Facts.Meetings);
        Assert.Empty(set.Facts.Resolutions);
        Assert.Empty(await Store.Search.SearchAsync(new(["first"], []), None));
    }

    [Fact]
    public async Task ForgetAsync_ById_RemovesThatDocument()
    {
        var saved = await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "one", "/a/doc.txt"), None);
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "two", "/b/doc.txt"), None);

        var removed = await Store.Documents.ForgetAsync(saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), None);

        Assert.Equal(saved.Id, removed?.Id);
        Assert.Equal("/b/doc.txt", Assert.Single(await Store.Documents.ListDocumentsAsync(None)).SourcePath);
    }

    [Fact]
    public async Task ForgetAsync_AmbiguousFileName_RemovesNothing()
    {
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "one", "/a/doc.txt"), None);
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "two", "/b/doc.txt"), None);

        var removed = await Store.Documents.ForgetAsync("doc.txt", None);

        Assert.Null(removed);
        Assert.Equal(2, (await Store.Documents.ListDocumentsAsync(None)).Count);
    }

    [Fact]
    public async Task FindBySourcePathAsync_KnownAndUnknownPath_FindsOnlyTheKnown()
    {
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "one"), None);

        Assert.Null(await Store.Documents.FindBySourcePathAsync("/elsewhere/doc.txt", None));
        Assert.Equal("v1", (await Store.Documents.FindBySourcePathAsync("/papers/doc.txt", None))?.ContentHash);
    }

    [Fact]
    public async Task ListDocumentsAsync_SeveralSaved_ListsInSaveOrder()
    {
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "one", "/a/one.txt"), None);
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "two", "/a/two.txt"), None);

        var listed = await Store.Documents.ListDocumentsAsync(None);

        Assert.Equal(["one.txt", "two.txt"], listed.Select(d => d.Source));
    }
}
