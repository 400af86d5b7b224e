using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.EventCodec;
using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.Tests.EventCodec;

namespace Plenary.Infrastructure.Tests.EventLog;

/// <summary>What a log on disk adds to the contract: its events outlive the process, exactly as they were written.</summary>
public abstract class DurableEventLogContract : EventLogContract
{
    /// <summary>Opens, or opens again, the one store behind this test.</summary>
    protected abstract Task<IEventLog> OpenStoreAsync(JsonEventCodec codec);

    protected override async Task<IEventLog> CreateLogAsync() => Own(await OpenStoreAsync(JsonEventCodec.Default));

    [Fact]
    public async Task Events_survive_reopening_the_log()
    {
        var log = await OpenStoreAsync(JsonEventCodec.Default);
        await log.AppendAsync([To("a", 0, Cast(1), Cast(2)), To("b", 0, Cast(3))], Ct);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await log.AppendAsync([To("a", 2, Cast(4))], Ct);
        var before = await log.ReadStoredAsync(1, 100, Ct);
        await ((IAsyncDisposable)log).DisposeAsync();

        var reopened = Own(await OpenStoreAsync(JsonEventCodec.Default));

        Assert.Equal(before, await reopened.ReadStoredAsync(1, 100, Ct));
        Assert.Equal((3L, 4L), (await reopened.StreamVersionAsync("a", Ct), await reopened.HeadPositionAsync(Ct)));
        var next = await reopened.AppendAsync([To("b", 1, Cast(5))], Ct);
        Assert.Equal(("b", 2L, 5L), (next[0].Stream, next[0].Version, next[0].Position));
    }

    [Fact]
    public async Task An_old_schema_version_stays_as_written_and_is_upcast_on_read()
    {
        var codec = JsonEventCodec.Default.With(new Upcast("speaker-inscribed", 0, v0 =>
        {
            v0["precedence"] = false;
            return v0;
        }));
        var log = Own(await OpenStoreAsync(codec));
        const string V0 = """{"state":"UKR","kind":"right-of-reply","document":null}""";

        await log.RestoreAsync([new StoredEvent(1, "GA-ES-11-1", 1, "speaker-inscribed", 0, V0, Start)], Ct);

        Assert.Equal(new SpeakerInscribed(Ukr, SpeechKind.RightOfReply, null, false), (await log.ReadStreamAsync("GA-ES-11-1", 1, Ct)).Single().Event);
        Assert.Equal(("speaker-inscribed", 0, V0), (await log.ReadStoredAsync(1, 1, Ct)).Select(e => (e.Name, e.SchemaVersion, e.Data)).Single());
    }

    [Fact]
    public async Task A_payload_with_unicode_and_escapes_comes_back_byte_for_byte()
    {
        var log = await CreateLogAsync();
        var draft = EventSamples.All.OfType<DraftSubmitted>().Last();
        var written = JsonEventCodec.Default.Encode(draft);

        await log.AppendAsync([To("d", 0, draft, new VoteCast(1, Ukr, Vote.Yes))], Ct);

        Assert.Equal(written.Data, (await log.ReadStoredAsync(1, 1, Ct)).Single().Data);
    }
}
