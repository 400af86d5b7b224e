using System.Collections.Immutable;
using System.Globalization;
using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Infrastructure.Commands;
using Plenary.Infrastructure.EventLog;
using Plenary.Infrastructure.Resolutions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Plenary.Infrastructure.Scenarios;

/// <summary>Replays a scenario file through the same domain commands the server runs.</summary>
/// <remarks>
/// Everything is staged in one batch: a step that breaks a rule is rolled back and reported,
/// the run goes on to find every other error, and nothing is returned but the errors if there
/// was one, so a scenario is never half-applied.
/// </remarks>
public sealed partial class ScenarioRunner(MembershipRegister register, CouncilResolutions? councilResolutions = null)
{
    public static readonly string[] Actions =
    [
        "open-session", "adjourn-session", "resume-session", "close-session", "request-emergency-special-session",
        "open-meeting", "adjourn-meeting", "adopt-agenda-item", "set-time-limit",
        "submit-draft", "join-sponsors", "withdraw-sponsorship", "revise-draft", "revise-orally", "withdraw-draft",
        "inscribe-speakers", "close-list-of-speakers", "hear-speakers", "convene-veto-debate",
        "vote", "adopt-without-vote",
    ];

    // YamlDotNet's own wording, "Duplicate key on", is reworded so that the key reads as one.
    private const string DuplicateKey = "Duplicate key ";

    public MembershipRegister Register { get; } = register;

    public ScenarioResult RunFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var name = Path.GetFileName(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(name, new ScenarioError(name, 0, "file", $"cannot be read: {e.Message}"));
        }

        return Run(path, text);
    }

    public ScenarioResult Run(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = Path.GetFileName(file);
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            if (message.StartsWith(DuplicateKey, StringComparison.Ordinal))
            {
                message = $"'{message[DuplicateKey.Length..]}' appears twice in the same mapping";
            }

            return Failed(name, new ScenarioError(name, checked((int)e.Start.Line), "yaml", message));
        }

        if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Failed(name, new ScenarioError(name, 1, "scenario", "a scenario is one YAML mapping with title, bodies and steps"));
        }

        var errors = new List<ScenarioError>();
        var top = new YamlFields(name, root, string.Empty, errors);
        top.OnlyKeys("title", "description", "bodies", "steps");
        var title = top.Text("title") ?? string.Empty;

        var bodies = new List<Body> { Body.GeneralAssembly, Body.SecurityCouncil };
        foreach (var bodyFields in top.MapList("bodies"))
        {
            if (ScenarioBodies.Read(bodyFields, Register) is { } body)
            {
                if (bodies.Any(b => b.Id == body.Id))
                {
                    bodyFields.Error("id", $"body '{body.Id}' is defined twice");
                }
                else
                {
                    bodies.Add(body);
                }
            }
        }

        var steps = top.Find("steps");
        if (steps is not YamlSequenceNode list || list.Children.Count == 0)
        {
            top.Error("steps", "a scenario needs a list of steps", steps);
            return new ScenarioResult(title, [], [], [.. errors.OrderBy(e => e.Line)]);
        }

        var replay = new Replay(new Secretariat(Register, bodies, new InMemoryEventLog(), councilResolutions).Begin());
        replay.Record.Add(title);
        var i = 0;
        foreach (var item in list)
        {
            if (item is YamlMappingNode map)
            {
                replay.Step(new YamlFields(name, map, string.Create(CultureInfo.InvariantCulture, $"steps[{i}]"), errors));
            }
            else
            {
                errors.Add(new ScenarioError(name, checked((int)item.Start.Line), string.Create(CultureInfo.InvariantCulture, $"steps[{i}]"), "a step is a mapping with date, body and one action"));
            }

            i++;
        }

        return errors.Count > 0
            ? new ScenarioResult(title, [], [], [.. errors.OrderBy(e => e.Line)])
            : new ScenarioResult(title, [.. replay.Decisions], [.. replay.Record], []) { Appends = replay.Appends };
    }

    private static ScenarioResult Failed(string file, ScenarioError error) => new(file, [], [], [error]);

    /// <summary>The chair's sentence with the rule it applies: "… on 2022-02-25 (Art. 23)".</summary>
    private static string Explain(ProcedureViolation violation) => $"{violation.Message.TrimEnd('.')} ({violation.Rule})";

    /// <summary>The state of one replay: the log, the meetings and sessions in progress, and what was recorded.</summary>
    private sealed partial class Replay(Batch secretariat)
    {
        private readonly Dictionary<BodyId, string> _meetings = [];
        private readonly Dictionary<BodyId, string> _sessions = [];
        private DateOnly _lastDate = DateOnly.MinValue;
        private int _meetingCount;

        public List<DecisionRecord> Decisions { get; } = [];

        public List<string> Record { get; } = [];

        public IReadOnlyList<StreamAppend> Appends => secretariat.Appends;

        private Batch Sec => secretariat;

        private MembershipRegister Register => secretariat.Register;

        public void Step(YamlFields step)
        {
            var keys = step.Node.Children.Keys
                .Select(k => (Name: (k as YamlScalarNode)?.Value ?? "?", Node: k))
                .Where(k => k.Name is not "date" and not "body" and not "note")
                .ToList();
            var known = keys.Where(k => Actions.Contains(k.Name, StringComparer.Ordinal)).ToList();
            foreach (var (unknown, node) in keys.Except(known))
            {
                step.Error(unknown, $"unknown action; a step has one of: {string.Join(", ", Actions)}", node);
            }

            if (known.Count > 1)
            {
                step.Error(known[1].Name, $"a step has exactly one action, but this one also has {known[0].Name}; split it into several steps", known[1].Node);
            }
            else if (keys.Count == 0)
            {
                step.Error("action", $"a step needs one action: {string.Join(", ", Actions)}");
            }

            // Date and body are checked even when the action is wrong, so that every error is reported at once.
            var date = step.Date("date");
            var bodyText = step.Text("body");
            BodyId bodyId = default;
            if (bodyText is not null && (!BodyId.TryParse(bodyText, out bodyId) || !Sec.Bodies.ContainsKey(bodyId)))
            {
                step.Error("body", $"unknown body '{bodyText}'; use GA, SC or the id of a body defined under 'bodies'", step.Find("body"));
                bodyText = null;
            }

            if (date is not { } day)
            {
                return;
            }

            if (day < _lastDate)
            {
                step.Error("date", $"{day:yyyy-MM-dd} is before the previous step ({_lastDate:yyyy-MM-dd}); steps go in date order", step.Find("date"));
                return;
            }

            _lastDate = day;
            if (known.Count != 1 || bodyText is null)
            {
                return;
            }

            var (action, actionNode) = known[0];
            var before = step.ErrorCount;
            var checkpoint = Sec.Checkpoint();
            var meetings = new Dictionary<BodyId, string>(_meetings);
            var sessions = new Dictionary<BodyId, string>(_sessions);
            var (records, decisions, meetingCount) = (Record.Count, Decisions.Count, _meetingCount);
            try
            {
                Do(action, step, Sec.Body(bodyId), day);
            }
            catch (ProcedureViolation violation)
            {
                step.Error(action, Explain(violation), actionNode);
            }

            if (step.ErrorCount > before)
            {
                Sec.RollBack(checkpoint);
                Restore(_meetings, meetings);
                Restore(_sessions, sessions);
                Record.RemoveRange(records, Record.Count - records);
                Decisions.RemoveRange(decisions, Decisions.Count - decisions);
                _meetingCount = meetingCount;
            }
        }

        private static void Restore(Dictionary<BodyId, string> target, Dictionary<BodyId, string> saved)
        {
            target.Clear();
            foreach (var (k, v) in saved)
            {
                target[k] = v;
            }
        }

        private void Do(string action, YamlFields step, Body body, DateOnly date)
        {
            switch (action)
            {
                case "vote":
                    if (step.Map("vote") is { } vote)
                    {
                        Vote(vote, body, date);
                    }

                    break;
                case "adopt-without-vote":
                    if (step.Map(action) is { } adopt)
                    {
                        AdoptWithoutVote(adopt, body, date);
                    }

                    break;
                default:
                    var fields = step.Map(action);
                    if (fields is not null)
                    {
                        Proceedings(action, fields, body, date);
                    }

                    break;
            }
        }

        private string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

        private string Name(StateCode code, DateOnly date) => Register.NameOn(code, date);
    }
}
