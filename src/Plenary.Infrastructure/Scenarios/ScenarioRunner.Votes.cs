using System.Collections.Immutable;
using System.Globalization;
using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Domain.Sessions;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using YamlDotNet.RepresentationModel;

namespace Plenary.Infrastructure.Scenarios;

public sealed partial class ScenarioRunner
{
    private sealed partial class Replay
    {
        private static readonly string[] VoteFields =
            ["on", "question", "method", "yes", "no", "abstain", "seed", "resolution", "changes", "corrections", "parties-to-dispute", "convenes", "sets-majority", "announce-lock"];

        private void Vote(YamlFields f, Body body, DateOnly date)
        {
            f.OnlyKeys(VoteFields);
            var on = f.Text("on");
            var question = f.Text("question");
            var methodText = f.Text("method", required: false) ?? "recorded";
            var resolution = f.Text("resolution", required: false);
            var seed = f.Int("seed", required: false, min: 0) ?? 0;
            var convenes = f.Text("convenes", required: false);
            if (!VoteMethodNames.TryParse(methodText, out var method) || method == VoteMethod.WithoutVote)
            {
                f.Error("method", $"'{methodText}' is not a voting method: non-recorded, recorded or roll-call (use adopt-without-vote for adoption without a vote)", f.Find("method"));
                return;
            }

            if (convenes is not null && convenes != "emergency-special-session")
            {
                f.Error("convenes", $"'{convenes}' cannot be convened: the only value is emergency-special-session", f.Find("convenes"));
            }

            if (question is not null && !body.QuestionNames.Contains(question, StringComparer.Ordinal))
            {
                f.Error("question", $"the {body.Name} has no '{question}' questions; it decides {string.Join(" or ", body.QuestionNames)} questions", f.Find("question"));
            }

            if (convenes is not null && (body.Kind != BodyKind.SecurityCouncil || question != "procedural"))
            {
                f.Error("convenes", "only the Security Council asks for an emergency special session, by a procedural decision (Art. 27(2); res. 377 A (V))", f.Find("convenes"));
            }

            if (method == VoteMethod.NonRecorded)
            {
                foreach (var key in new[] { "changes", "corrections" }.Where(f.Has))
                {
                    f.Error(key, "a non-recorded vote records only the numbers, so no State's vote can be changed or corrected", f.Find(key));
                }
            }

            if (method != VoteMethod.RollCall && f.Has("seed"))
            {
                f.Error("seed", "only a vote by roll-call draws a State by lot", f.Find("seed"));
            }

            MajorityDecision? sets = null;
            if (f.Map("sets-majority", required: false) is { } setsFields)
            {
                setsFields.OnlyKeys("for", "to");
                var target = setsFields.Text("for");
                var ruleText = setsFields.Text("to");
                if (ruleText is not null && !MajorityRule.TryParse(ruleText, out _))
                {
                    setsFields.Error("to", $"'{ruleText}' is not a majority: simple or two-thirds", setsFields.Find("to"));
                }
                else if (target is not null && ruleText is not null && MajorityRule.TryParse(ruleText, out var rule))
                {
                    sets = new MajorityDecision(target, rule);
                }
            }

            var parties = f.Codes("parties-to-dispute", Register, on: date);
            var questionErrors = f.ErrorCount;

            // Ballots with unreadable codes still open the vote, so that every State that may not
            // vote is reported together with them; an unreadable question opens nothing.
            var counts = method == VoteMethod.NonRecorded ? ReadCounts(f) : null;
            var ballots = method == VoteMethod.NonRecorded ? [] : ReadBallots(f, date);
            var corrections = ReadCorrections(f, date);
            var announcement = ReadLockAnnouncement(f, date);
            if (on is null || question is null || questionErrors > 0)
            {
                return;
            }

            var meeting = EnsureMeeting(body, date);
            VoteOpened opened;
            try
            {
                opened = Sec.Execute(meeting, new OpenVote(on, question, method, seed, [.. parties.Select(p => p.Code)], sets)).OfType<VoteOpened>().Single();
            }
            catch (ProcedureViolation violation)
            {
                var field = violation.Code switch
                {
                    "draft-not-submitted" or "draft-of-another-body" or "action-already-taken" or "question-needs-subject" => "on",
                    "vote-must-name-states" => "method",
                    "obligatory-abstention-chapter-vi" or "not-a-member" => "parties-to-dispute",
                    "majority-decided-by-simple-majority" => "sets-majority",
                    _ => "question",
                };
                f.Error(field, Explain(violation), f.Find(field));
                return;
            }

            if (counts is { } c)
            {
                AnnounceLock(f, meeting, announcement);
                Sec.Execute(meeting, new RecordVoteCounts(c.Yes, c.No, c.Abstain));
            }
            else if (method != VoteMethod.NonRecorded)
            {
                var order = method == VoteMethod.RollCall
                    ? ballots.OrderBy(b => opened.CallOrder.IndexOf(b.Code) is var i and >= 0 ? i : int.MaxValue).ToList()
                    : ballots;
                foreach (var (code, vote, field, node) in order)
                {
                    Try(f, field, node, code, () => Sec.Execute(meeting, new CastVote(code, vote)));
                }

                AnnounceLock(f, meeting, announcement);

                foreach (var change in f.MapList("changes"))
                {
                    change.OnlyKeys("state", "to");
                    if (ReadState(change, "state", date) is { } state && ReadVote(change, "to") is { } to)
                    {
                        Try(change, "state", change.Find("state")!, state, () => Sec.Execute(meeting, new CastVote(state, to)));
                    }
                }
            }

            if (f.ErrorCount > 0)
            {
                return;
            }

            try
            {
                Sec.Execute(meeting, new CloseVoting(announcement?.LockedAt));
            }
            catch (ProcedureViolation violation)
            {
                announcement!.Fields.Error("locked-at", Explain(violation), announcement.Fields.Find("locked-at"));
                return;
            }

            Sec.Execute(meeting, new AnnounceResult(), resolution);
            foreach (var (correction, state, intended) in corrections)
            {
                Try(correction, "state", correction.Find("state")!, state, () => Sec.Execute(meeting, new StateVoteIntention(opened.Question, state, intended)));
            }

            var decided = Sec.Meeting(meeting).Decided.Single(q => q.Number == opened.Question);
            if (convenes is not null && decided.Decision!.Outcome == VoteOutcome.Adopted && Sec.Bodies.ContainsKey(BodyId.GeneralAssembly))
            {
                var by = Sec.ResolutionOf(on) ?? resolution ?? on;
                Sec.Execute(BodyId.GeneralAssembly, new ReceiveCouncilRequest(date, by));
            }

            Report(body, date, meeting, decided);
        }

        private void AdoptWithoutVote(YamlFields f, Body body, DateOnly date)
        {
            f.OnlyKeys("on", "question", "resolution");
            var on = f.Text("on");
            var question = f.Text("question");
            var resolution = f.Text("resolution", required: false);
            if (question is not null && !body.QuestionNames.Contains(question, StringComparer.Ordinal))
            {
                f.Error("question", $"the {body.Name} has no '{question}' questions; it decides {string.Join(" or ", body.QuestionNames)} questions", f.Find("question"));
            }

            if (on is null || question is null || f.ErrorCount > 0)
            {
                return;
            }

            var meeting = EnsureMeeting(body, date);
            AdoptedWithoutVote adopted;
            try
            {
                adopted = Sec.Execute(meeting, new AdoptWithoutVoteCommand(on, question), resolution).OfType<AdoptedWithoutVote>().Single();
            }
            catch (ProcedureViolation violation) when (violation.Code is "draft-not-submitted" or "draft-of-another-body" or "action-already-taken")
            {
                f.Error("on", Explain(violation), f.Find("on"));
                return;
            }

            Report(body, date, meeting, Sec.Meeting(meeting).Decided.Single(q => q.Number == adopted.Question));
        }

        /// <summary>The chair's announcement of the lock: when it was made, the countdown, and when the voting was locked (by default when the countdown ended).</summary>
        private static LockAnnouncement? ReadLockAnnouncement(YamlFields f, DateOnly date)
        {
            if (f.Map("announce-lock", required: false) is not { } fields)
            {
                return null;
            }

            fields.OnlyKeys("at", "seconds", "locked-at");
            var at = ReadTime(fields, "at", date, required: true);
            var seconds = fields.Has("seconds")
                ? fields.Int("seconds", min: VoteLock.MinSeconds, max: VoteLock.MaxSeconds)
                : VoteLock.DefaultSeconds;
            var lockedAt = ReadTime(fields, "locked-at", date, required: false);
            return at is { } announced && seconds is { } countdown
                ? new LockAnnouncement(fields, announced, countdown, lockedAt ?? announced.AddSeconds(countdown))
                : null;
        }

        /// <summary>A time of day on the step's date, in UTC.</summary>
        private static DateTimeOffset? ReadTime(YamlFields f, string key, DateOnly date, bool required)
        {
            var text = f.Text(key, required);
            if (text is null)
            {
                return null;
            }

            if (TimeOnly.TryParseExact(text, ["HH:mm:ss", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return new DateTimeOffset(date.ToDateTime(time), TimeSpan.Zero);
            }

            f.Error(key, $"'{text}' is not a time of day of the form HH:MM:SS (UTC)", f.Find(key));
            return null;
        }

        private void AnnounceLock(YamlFields f, string meeting, LockAnnouncement? announcement)
        {
            if (announcement is null)
            {
                return;
            }

            try
            {
                Sec.Execute(meeting, new AnnounceVoteLock(announcement.At, announcement.Seconds));
            }
            catch (ProcedureViolation violation)
            {
                f.Error("announce-lock", Explain(violation), f.Find("announce-lock"));
            }
        }

        /// <summary>The corrections, read before the vote so that an error in them is reported with those in the ballots.</summary>
        private List<(YamlFields Fields, StateCode State, Vote? Intended)> ReadCorrections(YamlFields f, DateOnly date)
        {
            var corrections = new List<(YamlFields, StateCode, Vote?)>();
            foreach (var correction in f.MapList("corrections"))
            {
                correction.OnlyKeys("state", "intended");
                var state = ReadState(correction, "state", date);
                var intended = correction.Text("intended");
                var vote = intended is null or "non-voting" ? null : ReadVote(correction, "intended", "yes, no, abstain or non-voting");
                if (state is { } code && intended is not null && (vote is not null || intended == "non-voting"))
                {
                    corrections.Add((correction, code, vote));
                }
            }

            return corrections;
        }

        private static (int Yes, int No, int Abstain)? ReadCounts(YamlFields f)
        {
            int? Count(string key)
            {
                if (f.Find(key) is YamlSequenceNode list)
                {
                    f.Error(key, "a non-recorded vote records only the numbers: write a number, e.g. yes: 93, or use method: recorded", list);
                    return null;
                }

                return f.Int(key, min: 0, max: 10000);
            }

            var (yes, no, abstain) = (Count("yes"), Count("no"), Count("abstain"));
            return yes is null || no is null || abstain is null ? null : (yes.Value, no.Value, abstain.Value);
        }

        private List<(StateCode Code, Vote Vote, string Field, YamlNode Node)> ReadBallots(YamlFields f, DateOnly date)
        {
            var ballots = new List<(StateCode, Vote, string, YamlNode)>();
            var seen = new Dictionary<StateCode, string>();
            foreach (var (field, vote) in new[] { ("yes", Domain.Voting.Vote.Yes), ("no", Domain.Voting.Vote.No), ("abstain", Domain.Voting.Vote.Abstain) })
            {
                foreach (var (code, node) in f.Codes(field, Register, on: date))
                {
                    if (seen.TryGetValue(code, out var earlier))
                    {
                        f.Error(field, earlier == field
                            ? $"{code} is listed twice under {field}: a State votes once"
                            : $"{code} votes twice: under {earlier} and under {field}", node);
                        continue;
                    }

                    seen[code] = field;
                    ballots.Add((code, vote, field, node));
                }
            }

            return ballots;
        }

        private StateCode? ReadState(YamlFields f, string key, DateOnly date)
        {
            var text = f.Text(key);
            if (text is null)
            {
                return null;
            }

            if (StateCode.TryParse(text, out var code) && Register.TryFind(code, out _))
            {
                return Register.Resolve(code, date);
            }

            f.Error(key, $"unknown State code '{text}'", f.Find(key));
            return null;
        }

        private static Vote? ReadVote(YamlFields f, string key, string choices = "yes, no or abstain")
        {
            var text = f.Text(key);
            switch (text)
            {
                case "yes": return Domain.Voting.Vote.Yes;
                case "no": return Domain.Voting.Vote.No;
                case "abstain": return Domain.Voting.Vote.Abstain;
                case null: return null;
                default:
                    f.Error(key, $"'{text}' is not a vote: {choices}", f.Find(key));
                    return null;
            }
        }

        private void Report(Body body, DateOnly date, string meetingId, QuestionRecord q)
        {
            var decision = q.Decision!;
            var meeting = Sec.Meeting(meetingId);
            var resolution = Sec.ResolutionOf(q.On);
            var counted = q.Method is VoteMethod.Recorded or VoteMethod.RollCall;
            var cast = q.Cast().ToList();
            ImmutableArray<string> Codes(Vote v) => [.. cast.Where(c => c.Vote == v).Select(c => c.State.Value)];
            var lists = counted
                ? new VoteLists(Codes(Domain.Voting.Vote.Yes), Codes(Domain.Voting.Vote.No), Codes(Domain.Voting.Vote.Abstain), [.. q.NonVoting().Select(s => s.Value)])
                : new VoteLists([], [], [], []);
            Decisions.Add(new DecisionRecord(
                q.On,
                body.Id.Value,
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                meeting.Symbol,
                q.QuestionKind,
                q.Method.Word(),
                decision.Tally.Yes,
                decision.Tally.No,
                decision.Tally.Abstain,
                q.Method == VoteMethod.WithoutVote ? 0 : decision.Tally.NonVoting,
                decision.Required,
                q.Method == VoteMethod.WithoutVote ? "none" : q.Rule.Code,
                decision.Outcome.Word(),
                [.. decision.VetoedBy.Select(v => v.Value)],
                resolution,
                decision.Explanation,
                lists,
                [.. q.Intentions.OrderBy(i => i.Key.Value, StringComparer.Ordinal).Select(i => new VoteIntention(i.Key.Value, i.Value?.ToString().ToLowerInvariant()))]));

            Record.Add(string.Empty);
            Record.Add(q.Method switch
            {
                VoteMethod.WithoutVote => $"{q.On} was adopted without a vote{(resolution is null ? "." : $" as resolution {resolution}.")}",
                VoteMethod.NonRecorded => $"{q.On}: non-recorded vote.",
                VoteMethod.RollCall => $"{q.On}: vote by roll-call; {Name(q.CallOrder[0], date)}, drawn by lot, was called first.",
                _ => $"{q.On}: recorded vote.",
            });
            if (counted)
            {
                Record.Add($"  In favour: {NamesOf(cast, Domain.Voting.Vote.Yes, date)}");
                Record.Add($"  Against: {NamesOf(cast, Domain.Voting.Vote.No, date)}");
                Record.Add($"  Abstaining: {NamesOf(cast, Domain.Voting.Vote.Abstain, date)}");
            }

            if (q.LockAnnouncedAt is { } announced && q.LocksAt is { } locks)
            {
                Record.Add(string.Create(CultureInfo.InvariantCulture, $"  The chair announced at {announced:HH:mm:ss} UTC that the voting would be closed at {locks:HH:mm:ss} UTC."));
            }

            if (q.Method != VoteMethod.WithoutVote)
            {
                Record.Add($"  {decision.Explanation}.");
                var line = decision.Outcome switch
                {
                    VoteOutcome.Adopted => string.Create(CultureInfo.InvariantCulture, $"  {q.On} was adopted by {(q.Method == VoteMethod.RollCall ? "a roll-call vote" : counted ? "a recorded vote" : "a vote")} of {decision.Tally.Yes} to {decision.Tally.No}, with {decision.Tally.Abstain} {(decision.Tally.Abstain == 1 ? "abstention" : "abstentions")}{(resolution is null ? "." : $", as resolution {resolution}.")}"),
                    _ => $"  {q.On} was not adopted.",
                };
                Record.Add(line);
            }

            // In the members' order: the intentions are a dictionary, whose order is not the record's.
            foreach (var (state, intended) in q.Intentions.OrderBy(i => q.Members.IndexOf(i.Key)))
            {
                var meant = intended switch
                {
                    Domain.Voting.Vote.Yes => "to vote in favour",
                    Domain.Voting.Vote.No => "to vote against",
                    Domain.Voting.Vote.Abstain => "to abstain",
                    _ => "not to participate in the vote",
                };
                Record.Add($"  Subsequently {Name(state, date)} advised that it had intended {meant}.");
            }
        }

        private string NamesOf(List<(StateCode State, Vote Vote)> cast, Vote vote, DateOnly date)
        {
            var names = cast.Where(c => c.Vote == vote).Select(c => Name(c.State, date)).ToList();
            return names.Count == 0 ? "none" : string.Join(", ", names);
        }

        /// <param name="Fields">The <c>announce-lock</c> mapping, where its errors are reported.</param>
        private sealed record LockAnnouncement(YamlFields Fields, DateTimeOffset At, int Seconds, DateTimeOffset LockedAt);
    }
}
