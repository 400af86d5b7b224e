using System.Collections.Immutable;
using System.Globalization;
using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.Meetings;
using Plenary.Domain.Sessions;
using Plenary.Domain.States;

namespace Plenary.Infrastructure.Scenarios;

public sealed partial class ScenarioRunner
{
    private sealed partial class Replay
    {
        private void Proceedings(string action, YamlFields f, Body body, DateOnly date)
        {
            switch (action)
            {
                case "open-session":
                    {
                        f.OnlyKeys("kind", "number");
                        var kindText = f.Text("kind");
                        var number = f.Int("number", min: 1, max: 1000);
                        if (kindText is not null && !SessionKindNames.TryParse(kindText, out _))
                        {
                            f.Error("kind", $"'{kindText}' is not a kind of session: regular, special or emergency-special", f.Find("kind"));
                        }

                        if (kindText is null || number is null || !SessionKindNames.TryParse(kindText, out var kind))
                        {
                            return;
                        }

                        var opened = Sec.Execute(body.Id, new OpenSession(date, kind, number.Value)).OfType<SessionOpened>().Single();
                        _sessions[body.Id] = opened.Session;
                        var by = opened.ConvenedBy is null ? string.Empty : $", convened at the request of {opened.ConvenedBy}";
                        Record.Add(string.Empty);
                        Record.Add($"{Date(date)}: the {body.Name} opened its {kind.Word().Replace('-', ' ')} session {opened.Session}{by}.");
                        return;
                    }

                case "adjourn-session" or "close-session":
                    {
                        f.OnlyKeys("session");
                        var session = f.Text("session", required: false) ?? CurrentSession(body, f);
                        if (session is null)
                        {
                            return;
                        }

                        CloseMeeting(body);
                        if (action == "adjourn-session")
                        {
                            Sec.Execute(body.Id, new AdjournSessionTemporarily(date, session));
                            Record.Add($"{Date(date)}: session {session} adjourned temporarily; the President may resume it at the request of Member States.");
                        }
                        else
                        {
                            Sec.Execute(body.Id, new CloseSession(date, session));
                            Record.Add($"{Date(date)}: session {session} closed.");
                        }

                        _sessions.Remove(body.Id);
                        return;
                    }

                case "resume-session":
                    {
                        f.OnlyKeys("session", "requested-by");
                        var session = f.Text("session");
                        var by = f.Text("requested-by", required: false) ?? "Member States";
                        if (session is null)
                        {
                            return;
                        }

                        Sec.Execute(body.Id, new ResumeSession(date, session, by));
                        _sessions[body.Id] = session;
                        Record.Add($"{Date(date)}: session {session} resumed at the request of {by}.");
                        return;
                    }

                case "request-emergency-special-session":
                    {
                        f.OnlyKeys("by");
                        var by = f.Codes("by", Register, required: true, on: date);
                        var members = body.ElectorateOn(date, Register);
                        foreach (var (code, node) in by.Where(c => !members.IsMember(c.Code)))
                        {
                            f.Error("by", $"{Name(code, date)} is not a Member of the United Nations on {date:yyyy-MM-dd}", node);
                        }

                        if (f.ErrorCount > 0)
                        {
                            return;
                        }

                        var requested = Sec.Execute(body.Id, new ReceiveMembersRequest(date, [.. by.Select(c => c.Code)], members.Size)).OfType<EmergencySpecialSessionRequested>().Single();
                        Record.Add($"{Date(date)}: an emergency special session was requested by {requested.RequestedBy}.");
                        return;
                    }

                case "open-meeting":
                    {
                        f.OnlyKeys("symbol", "session");
                        var symbol = f.Text("symbol", required: false);
                        var session = f.Text("session", required: false);
                        if (session is not null && body.Kind == BodyKind.SecurityCouncil)
                        {
                            f.Error("session", "the Security Council functions continuously and holds no sessions (Art. 28(1))", f.Find("session"));
                            return;
                        }

                        if (session is not null && !Sec.Record(body.Id).IsOpen(session)
                            && !(body.Kind == BodyKind.GeneralAssembly && session == SessionFor(body, date)))
                        {
                            f.Error("session", $"session {session} of the {body.Name} is not open; open or resume it first", f.Find("session"));
                            return;
                        }

                        OpenMeeting(body, date, symbol, session);
                        return;
                    }

                case "adjourn-meeting":
                    f.OnlyKeys();
                    if (!_meetings.TryGetValue(body.Id, out var open) || Sec.Meeting(open).Adjourned)
                    {
                        f.Error(action, $"no meeting of the {body.Name} is open");
                        return;
                    }

                    Sec.Execute(open, new AdjournMeeting());
                    Record.Add("The meeting rose.");
                    return;

                case "adopt-agenda-item":
                    {
                        f.OnlyKeys("number", "title");
                        var number = f.Int("number", required: false, min: 1, max: 10000) ?? (Sec.Meeting(EnsureMeeting(body, date)).Agenda.Length + 1);
                        var title = f.Text("title");
                        if (title is not null)
                        {
                            Sec.Execute(EnsureMeeting(body, date), new AdoptAgendaItem(number, title));
                            Record.Add(string.Create(CultureInfo.InvariantCulture, $"Agenda item {number}: {title}"));
                        }

                        return;
                    }

                case "set-time-limit":
                    {
                        f.OnlyKeys("minutes");
                        if (f.Int("minutes", min: 1, max: 60) is { } minutes)
                        {
                            Sec.Execute(EnsureMeeting(body, date), new SetSpeakingTimeLimit(minutes));
                            Record.Add(string.Create(CultureInfo.InvariantCulture, $"Statements limited to {minutes} minutes."));
                        }

                        return;
                    }

                case "inscribe-speakers":
                    {
                        f.OnlyKeys("states", "kind", "document");
                        var kindText = f.Text("kind", required: false) ?? "statement";
                        var document = f.Text("document", required: false);
                        var states = f.Codes("states", Register, required: true, on: date);
                        if (!SpeechKindNames.TryParse(kindText, out var kind))
                        {
                            f.Error("kind", $"'{kindText}' is not a kind of speech: statement, explanation-before-vote, explanation-after-vote or right-of-reply", f.Find("kind"));
                            return;
                        }

                        var meeting = EnsureMeeting(body, date);
                        foreach (var (code, node) in states)
                        {
                            Try(f, "states", node, code, () => Sec.Execute(meeting, new InscribeSpeaker(code, kind, document)));
                        }

                        Record.Add(string.Create(CultureInfo.InvariantCulture, $"{states.Length} {(states.Length == 1 ? "delegation" : "delegations")} inscribed ({kind.Word().Replace('-', ' ')}{(document is null ? string.Empty : $" on {document}")})."));
                        return;
                    }

                case "close-list-of-speakers":
                    f.OnlyKeys();
                    Sec.Execute(EnsureMeeting(body, date), new CloseListOfSpeakers());
                    Record.Add("The list of speakers was closed.");
                    return;

                case "hear-speakers":
                    {
                        f.OnlyKeys("count");
                        var meeting = EnsureMeeting(body, date);
                        var waiting = Sec.Meeting(meeting).Speakers.Count;
                        var count = f.Int("count", required: false, min: 1, max: 100000) ?? waiting;
                        if (count > waiting)
                        {
                            f.Error("count", string.Create(CultureInfo.InvariantCulture, $"only {waiting} speakers are waiting"), f.Find("count"));
                            return;
                        }

                        var heard = new List<string>();
                        for (var i = 0; i < count; i++)
                        {
                            var floor = Sec.Execute(meeting, new GiveFloor()).OfType<FloorGiven>().Single();
                            heard.Add(Name(floor.State, date));
                        }

                        Record.Add($"Statements were made by: {string.Join(", ", heard)}.");
                        return;
                    }

                case "convene-veto-debate":
                    {
                        f.OnlyKeys("draft", "symbol");
                        var draft = f.Text("draft");
                        var symbol = f.Text("symbol", required: false);
                        if (draft is null)
                        {
                            return;
                        }

                        var due = Sec.Record(body.Id).VetoesAwaitingDebate.GetValueOrDefault(draft);
                        var meeting = OpenMeeting(body, date, symbol, null);
                        Sec.Execute(body.Id, new ConveneVetoDebate(date, draft, meeting));
                        foreach (var vetoer in due?.VetoedBy ?? [])
                        {
                            Sec.Execute(meeting, new InscribeSpeaker(vetoer, SpeechKind.Statement, null, Precedence: true));
                        }

                        var names = string.Join(" and ", (due?.VetoedBy ?? []).Select(v => Name(v, date)));
                        Record.Add($"Debate on the veto cast on {draft} (resolution 76/262); {names} take precedence on the list of speakers.");
                        return;
                    }

                default:
                    Drafts(action, f, body, date);
                    return;
            }
        }

        private void Drafts(string action, YamlFields f, Body body, DateOnly date)
        {
            switch (action)
            {
                case "submit-draft":
                    {
                        f.OnlyKeys("symbol", "title", "sponsors", "co-sponsors");
                        var symbol = f.Text("symbol");
                        var title = f.Text("title");
                        var main = f.Codes("sponsors", Register, on: date);
                        var co = f.Codes("co-sponsors", Register, on: date);
                        if (symbol is null || title is null || f.ErrorCount > 0)
                        {
                            return;
                        }

                        var session = body.Kind == BodyKind.SecurityCouncil ? null : SessionFor(body, date);
                        Sec.Execute(symbol, new SubmitDraft(date, symbol, body.Id, session, title, [.. main.Select(m => m.Code)], [.. co.Select(c => c.Code)]));
                        var all = main.Concat(co).Select(s => Name(s.Code, date)).ToList();
                        Record.Add(string.Empty);
                        Record.Add($"{Date(date)}: draft {symbol} submitted to the {body.Name}: \"{title}\"" + (all.Count == 0 ? "." : string.Create(CultureInfo.InvariantCulture, $"; {all.Count} {(all.Count == 1 ? "sponsor" : "sponsors")}: {string.Join(", ", all)}.")));
                        return;
                    }

                case "join-sponsors" or "withdraw-sponsorship":
                    {
                        f.OnlyKeys("draft", "states");
                        var draft = f.Text("draft");
                        var states = f.Codes("states", Register, required: true, on: date);
                        if (draft is null)
                        {
                            return;
                        }

                        foreach (var (code, node) in states)
                        {
                            Try(f, "states", node, code, () => Sec.Execute(draft, action == "join-sponsors"
                                ? new JoinSponsors(date, code)
                                : new WithdrawSponsorship(date, code)));
                        }

                        var names = string.Join(", ", states.Select(s => Name(s.Code, date)));
                        Record.Add(action == "join-sponsors" ? $"Joined the sponsors of {draft}: {names}." : $"Withdrew as sponsors of {draft}: {names}.");
                        return;
                    }

                case "revise-draft":
                    {
                        f.OnlyKeys("draft", "symbol", "title");
                        var (draft, symbol, title) = (f.Text("draft"), f.Text("symbol"), f.Text("title", required: false));
                        if (draft is not null && symbol is not null)
                        {
                            Sec.Execute(draft, new ReviseDraft(date, symbol, title));
                            Record.Add($"{Date(date)}: {draft} revised as {symbol}.");
                        }

                        return;
                    }

                case "revise-orally":
                    {
                        f.OnlyKeys("draft", "text");
                        var (draft, text) = (f.Text("draft"), f.Text("text"));
                        if (draft is not null && text is not null)
                        {
                            Sec.Execute(draft, new ReviseDraftOrally(date, text));
                            Record.Add($"{draft} was orally revised: {text}");
                        }

                        return;
                    }

                case "withdraw-draft":
                    {
                        f.OnlyKeys("draft");
                        if (f.Text("draft") is { } draft)
                        {
                            Sec.Execute(draft, new WithdrawDraft(date));
                            Record.Add($"{Date(date)}: {draft} was withdrawn.");
                        }

                        return;
                    }

                default:
                    throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown scenario action.");
            }
        }

        private void Try(YamlFields f, string field, YamlDotNet.RepresentationModel.YamlNode node, StateCode state, Action run)
        {
            try
            {
                run();
            }
            catch (ProcedureViolation violation)
            {
                f.Error(field, $"{state}: {Explain(violation)}", node);
            }
        }

        private string? CurrentSession(Body body, YamlFields f)
        {
            if (_sessions.TryGetValue(body.Id, out var session))
            {
                return session;
            }

            f.Error("session", $"no session of the {body.Name} is open; name it");
            return null;
        }

        /// <summary>The session a meeting of this body belongs to: the one the script opened, else for the Assembly the regular session in course on the date.</summary>
        private string? SessionFor(Body body, DateOnly date) =>
            _sessions.TryGetValue(body.Id, out var session) ? session
            : body.Kind == BodyKind.GeneralAssembly ? RegularSession.On(date).ToString(CultureInfo.InvariantCulture)
            : null;

        /// <summary>The meeting of this body on this date, opened implicitly when the script opened none.</summary>
        private string EnsureMeeting(Body body, DateOnly date)
        {
            if (_meetings.TryGetValue(body.Id, out var id))
            {
                var meeting = Sec.Meeting(id);
                if (!meeting.Adjourned && meeting.Date == date)
                {
                    return id;
                }
            }

            return OpenMeeting(body, date, null, null);
        }

        private string OpenMeeting(Body body, DateOnly date, string? symbol, string? session)
        {
            CloseMeeting(body);
            _meetingCount++;
            var id = string.Create(CultureInfo.InvariantCulture, $"{body.Id}-{date:yyyyMMdd}-{_meetingCount}");
            Sec.Execute(id, new OpenMeeting(id, body.Id, symbol, date, session ?? SessionFor(body, date)));
            _meetings[body.Id] = id;
            Record.Add(string.Empty);
            Record.Add($"{Date(date)}: {body.Name}{(symbol is null ? string.Empty : $", {symbol}")}");
            return id;
        }

        private void CloseMeeting(Body body)
        {
            if (_meetings.TryGetValue(body.Id, out var previous) && !Sec.Meeting(previous).Adjourned)
            {
                Sec.Execute(previous, new AdjournMeeting());
            }
        }
    }
}
