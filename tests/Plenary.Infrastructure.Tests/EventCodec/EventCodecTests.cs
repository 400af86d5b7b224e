using System.Text.Json;
using System.Text.Json.Nodes;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.Sessions;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Infrastructure.Accounts;
using Plenary.Infrastructure.Commands;
using Plenary.Infrastructure.EventCodec;
using static Plenary.Infrastructure.Tests.EventCodec.EventSamples;

namespace Plenary.Infrastructure.Tests.EventCodec;

public class EventCodecTests
{
    private static readonly JsonEventCodec Codec = JsonEventCodec.Default;

    [Fact]
    public void Every_concrete_event_type_of_the_domain_has_a_stable_name()
    {
        var bases = new[] { typeof(MeetingEvent), typeof(DraftEvent), typeof(BodyRecordEvent) };
        var domainEvents = typeof(MeetingEvent).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && bases.Any(b => b.IsAssignableFrom(t)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(30, domainEvents.Count);
        Assert.Equal(domainEvents, Codec.Types.Select(t => t.ClrType).Where(t => t.Assembly == typeof(MeetingEvent).Assembly).OrderBy(t => t.FullName, StringComparer.Ordinal));
        Assert.Equal(
            [typeof(BallotAcknowledged), typeof(AccountCreated), typeof(AccessCodeIssued), typeof(AccessCodeRedeemed), typeof(PasswordChanged), typeof(AccountDisabled), typeof(AccountEnabled), typeof(AccountLockedOut), typeof(AccountUnlocked)],
            Codec.Types.Select(t => t.ClrType).Where(t => t.Assembly != typeof(MeetingEvent).Assembly));
    }

    [Fact]
    public void The_samples_cover_every_event_type()
    {
        Assert.Equal(
            Codec.Types.Select(t => t.ClrType).ToHashSet(),
            All.Select(e => e.GetType()).ToHashSet());
    }

    [Fact]
    public void Every_sample_decodes_to_an_equal_event()
    {
        foreach (var sample in All)
        {
            var encoded = Codec.Encode(sample);
            var decoded = Codec.Decode(encoded.Name, encoded.SchemaVersion, encoded.Data);

            Assert.IsType(sample.GetType(), decoded);
            Assert.Equal(encoded, Codec.Encode(decoded));
        }
    }

    [Fact]
    public void Events_without_arrays_also_compare_equal_after_the_round_trip()
    {
        foreach (var sample in new object[] { new VoteCast(1, Ukr, Vote.Abstain), new SessionOpened(new DateOnly(2022, 2, 28), "ES-11", SessionKind.EmergencySpecial, 11, null), new MeetingAdjourned() })
        {
            var encoded = Codec.Encode(sample);

            Assert.Equal(sample, Codec.Decode(encoded.Name, encoded.SchemaVersion, encoded.Data));
        }
    }

    [Fact]
    public void A_vote_opened_is_stored_in_the_documented_wire_form()
    {
        var encoded = Codec.Encode(All.OfType<VoteOpened>().First());

        Assert.Equal(("vote-opened", 1), (encoded.Name, encoded.SchemaVersion));
        Assert.Equal(
            """{"question":1,"on":"A/ES-11/L.1","questionKind":"important","method":"recorded","rule":"two-thirds","members":["CIV","RUS","UKR","VEN"],"permanent":["RUS"],"cannotVote":{"CIV":"not-participating","VEN":"article19"},"mustAbstain":[],"callOrder":["UKR","VEN","CIV","RUS"],"sets":{"for":"A/ES-11/L.1","rule":"two-thirds"}}""",
            encoded.Data);
    }

    [Fact]
    public void A_vote_cast_carries_its_reference_only_when_the_delegation_gave_one()
    {
        var without = Codec.Encode(new VoteCast(1, StateCode.Parse("UKR"), Vote.Yes));
        var with = Codec.Encode(new VoteCast(1, StateCode.Parse("UKR"), Vote.Yes, "9b2f-ukr-1"));

        // Votes stored before references existed decode, and encode to the same bytes as then.
        Assert.Equal("""{"question":1,"state":"UKR","vote":"yes"}""", without.Data);
        Assert.Equal("""{"question":1,"state":"UKR","vote":"yes","reference":"9b2f-ukr-1"}""", with.Data);
        Assert.Null(((VoteCast)Codec.Decode("vote-cast", 1, without.Data)).Reference);
        Assert.Equal("9b2f-ukr-1", ((VoteCast)Codec.Decode("vote-cast", 1, with.Data)).Reference);
    }

    [Fact]
    public void Account_events_are_stored_in_the_documented_wire_form()
    {
        var locked = Codec.Encode(All.OfType<AccountLockedOut>().Single());
        var code = Codec.Encode(All.OfType<AccessCodeIssued>().Single());
        var created = Codec.Encode(All.OfType<AccountCreated>().Last());

        Assert.Equal(("account-locked-out", 1), (locked.Name, locked.SchemaVersion));
        Assert.Equal("""{"username":"delegation-fra","until":"2026-11-29T09:05:00+00:00","failures":5}""", locked.Data);
        Assert.Equal(("access-code-issued", 1), (code.Name, code.SchemaVersion));
        Assert.Equal("""{"username":"delegation-ukr-2","codeHash":"AQAAAAIAAYagAAAAECode==","by":"secretariat"}""", code.Data);
        Assert.Equal("""{"username":"delegation-ukr-2","role":"delegation","body":null,"state":"UKR","name":"Sergiy Kyslytsya","email":"sk@example.org","passwordHash":null}""", created.Data);
    }

    [Fact]
    public void An_account_created_before_access_codes_existed_reads_with_its_password_hash()
    {
        var decoded = Codec.Decode("account-created", 1, """{"username":"secretariat","role":"secretariat","body":null,"state":null,"name":"Secretariat","email":null,"passwordHash":"AQAAAAIAAYagAAAAEHash=="}""");

        Assert.Equal(new AccountCreated("secretariat", "secretariat", null, null, "Secretariat", null, "AQAAAAIAAYagAAAAEHash=="), decoded);
    }

    [Fact]
    public void A_result_and_a_draft_are_stored_in_the_documented_wire_form()
    {
        var vetoed = Codec.Encode(All.OfType<ResultAnnounced>().ElementAt(1));
        var submitted = Codec.Encode(All.OfType<DraftSubmitted>().First());

        Assert.Equal(
            """{"question":2,"decision":{"outcome":"vetoed","tally":{"yes":11,"no":1,"abstain":3,"nonVoting":0,"permanentAgainst":["RUS"]},"required":9,"vetoedBy":["RUS"],"explanation":"Not adopted owing to the negative vote of a permanent member (Russian Federation)"}}""",
            vetoed.Data);
        Assert.Equal(
            """{"symbol":"A/ES-11/L.1","body":"GA","session":"ES-11","title":"Aggression against Ukraine","mainSponsors":["UKR"],"coSponsors":["CIV"],"date":"2022-03-02"}""",
            submitted.Data);
    }

    [Fact]
    public void An_announced_lock_is_stored_with_both_instants_to_the_tick_and_read_back_equal()
    {
        var announced = All.OfType<VoteLockAnnounced>().Single();
        var encoded = Codec.Encode(announced);

        Assert.Equal(("vote-lock-announced", 1), (encoded.Name, encoded.SchemaVersion));
        Assert.Equal(
            """{"question":1,"announcedAt":"2022-03-02T15:42:05.1234567+00:00","locksAt":"2022-03-02T15:42:35.1234567+00:00"}""",
            encoded.Data);
        Assert.Equal(announced, Codec.Decode("vote-lock-announced", 1, encoded.Data));
        Assert.Throws<JsonException>(() => Codec.Decode("vote-lock-announced", 1, """{"question":1,"announcedAt":"2022-03-02T15:42:05+00:00"}"""));
    }

    [Theory]
    [InlineData("simple-majority")]
    [InlineData("two-thirds")]
    [InlineData("9-affirmative-with-permanent-concurrence")]
    [InlineData("7-affirmative")]
    public void Every_majority_rule_is_stored_by_its_code(string code)
    {
        Assert.True(MajorityRule.TryParse(code, out var rule));
        var data = Codec.Encode(new VoteOpened(1, "x", "k", VoteMethod.Recorded, rule, [], [], [], [], [], new MajorityDecision("y", rule))).Data;

        var decoded = (VoteOpened)Codec.Decode("vote-opened", 1, data);

        Assert.Equal((rule, rule), (decoded.Rule, decoded.Sets!.Rule));
        Assert.Contains($"\"rule\":\"{code}\"", data, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vote-cast", """{"question":1,"state":"UKR"}""", "vote")]
    [InlineData("vote-cast", """{"question":1,"state":"UKR","vote":"yes","extra":1}""", "extra")]
    [InlineData("vote-cast", """{"question":1,"state":"ukr","vote":"yes"}""", "ukr")]
    [InlineData("vote-cast", """{"question":1,"state":"UKR","vote":0}""", "vote")]
    [InlineData("vote-cast", """{"question":1,"state":"UKR","vote":"maybe"}""", "vote")]
    [InlineData("vote-cast", """{"question":1,"state":null,"vote":"yes"}""", "state")]
    [InlineData("agenda-item-adopted", """{"number":5,"title":null}""", "title")]
    [InlineData("vote-opened", """{"question":1,"on":"x","questionKind":"k","method":"recorded","rule":"affirmative:9","members":[],"permanent":[],"cannotVote":{},"mustAbstain":[],"callOrder":[],"sets":null}""", "affirmative:9")]
    [InlineData("vote-opened", """{"question":1,"on":"x","questionKind":"k","method":"recorded","rule":"two-thirds","members":[],"permanent":[],"cannotVote":{"UKR":"article19","UKR":"article19"},"mustAbstain":[],"callOrder":[],"sets":null}""", "UKR")]
    [InlineData("meeting-adjourned", "null", "null")]
    [InlineData("draft-withdrawn", """{"date":"2 March 2022","reason":"x"}""", "date")]
    public void A_payload_that_does_not_fit_its_event_is_refused(string name, string data, string mentioned)
    {
        var error = Assert.Throws<JsonException>(() => Codec.Decode(name, 1, data));

        Assert.StartsWith($"'{name}' v1: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(mentioned, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unknown_name_or_a_newer_version_is_refused()
    {
        Assert.Contains("not a known event name", Assert.Throws<JsonException>(() => Codec.Decode("VoteCast", 1, "{}")).Message, StringComparison.Ordinal);
        Assert.Contains("newer than this program", Assert.Throws<JsonException>(() => Codec.Decode("vote-cast", 2, "{}")).Message, StringComparison.Ordinal);
        Assert.Contains("No upcast from v0", Assert.Throws<JsonException>(() => Codec.Decode("vote-cast", 0, "{}")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_type_outside_the_table_cannot_be_encoded()
    {
        Assert.Throws<ArgumentException>(() => Codec.Encode("a string is not an event"));
    }

    [Fact]
    public void A_v0_speaker_inscription_without_precedence_is_upcast_to_v1_on_read()
    {
        // Suppose the first release stored inscriptions without "precedence" and wrote the kind as "type".
        var codec = Codec.With(new Upcast("speaker-inscribed", 0, v0 =>
        {
            var kind = v0["type"]!.DeepClone();
            v0.Remove("type");
            v0["kind"] = kind;
            v0["precedence"] = false;
            return v0;
        }));

        var decoded = codec.Decode("speaker-inscribed", 0, """{"state":"UKR","type":"right-of-reply","document":null}""");

        Assert.Equal(new SpeakerInscribed(Ukr, SpeechKind.RightOfReply, null, false), decoded);
        Assert.Equal(new SpeakerInscribed(Ukr, SpeechKind.Statement, null, true), codec.Decode("speaker-inscribed", 1, """{"state":"UKR","kind":"statement","document":null,"precedence":true}"""));
    }

    [Fact]
    public void Upcasts_chain_one_version_at_a_time()
    {
        var types = Codec.Types.Select(t => t.Name == "vote-cast" ? t with { SchemaVersion = 3 } : t).ToList();
        var codec = new JsonEventCodec(
            types,
            [
                new Upcast("vote-cast", 1, v1 => Rename(v1, "ballot", "choice")),
                new Upcast("vote-cast", 2, v2 => Rename(v2, "choice", "vote")),
            ]);

        Assert.Equal(new VoteCast(7, Ukr, Vote.No), codec.Decode("vote-cast", 1, """{"question":7,"state":"UKR","ballot":"no"}"""));
        Assert.Equal(new VoteCast(7, Ukr, Vote.No), codec.Decode("vote-cast", 2, """{"question":7,"state":"UKR","choice":"no"}"""));
        Assert.Equal(("vote-cast", 3), (codec.Encode(new VoteCast(7, Ukr, Vote.No)).Name, codec.Encode(new VoteCast(7, Ukr, Vote.No)).SchemaVersion));
    }

    [Fact]
    public void The_table_refuses_names_that_are_not_kebab_case_duplicates_and_upcasts_to_nowhere()
    {
        Assert.Throws<ArgumentException>(() => new JsonEventCodec([EventType.Of<VoteCast>("VoteCast", 1)], []));
        Assert.Throws<ArgumentException>(() => new JsonEventCodec([EventType.Of<VoteCast>("vote-cast", 1), EventType.Of<VotingClosed>("vote-cast", 1)], []));
        Assert.Throws<ArgumentException>(() => new JsonEventCodec([EventType.Of<VoteCast>("vote-cast", 1)], [new Upcast("vote-cast", 1, o => o)]));
    }

    private static JsonObject Rename(JsonObject payload, string from, string to)
    {
        var value = payload[from]!.DeepClone();
        payload.Remove(from);
        payload[to] = value;
        return payload;
    }
}
