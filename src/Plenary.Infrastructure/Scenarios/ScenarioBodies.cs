using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using YamlDotNet.RepresentationModel;

namespace Plenary.Infrastructure.Scenarios;

/// <summary>Reads the custom bodies a scenario defines: members, permanent members, majority rules and quorum.</summary>
internal static class ScenarioBodies
{
    public static Body? Read(YamlFields fields, MembershipRegister register)
    {
        fields.OnlyKeys("id", "name", "members", "permanent", "questions", "quorum", "article-19");
        var idText = fields.Text("id");
        var name = fields.Text("name", required: false);
        BodyId id = default;
        if (idText is not null)
        {
            if (!BodyId.TryParse(idText, out id))
            {
                fields.Error("id", $"'{idText}' is not a body id: letters, digits and hyphens, starting with a letter", fields.Find("id"));
            }
            else if (id == BodyId.GeneralAssembly || id == BodyId.SecurityCouncil)
            {
                fields.Error("id", $"'{idText}' is reserved for the {(id == BodyId.GeneralAssembly ? "General Assembly" : "Security Council")}", fields.Find("id"));
            }
        }

        var members = ImmutableArray<StateCode>.Empty;
        if (fields.Find("members") is YamlScalarNode { Value: "all" })
        {
            members = [];
        }
        else
        {
            members = [.. fields.Codes("members", register, required: true).Select(c => c.Code)];
            if (members.IsEmpty && fields.Has("members"))
            {
                fields.Error("members", "a body needs at least one member, or 'all' for every Member State", fields.Find("members"));
            }

            foreach (var dup in members.GroupBy(m => m).Where(g => g.Count() > 1))
            {
                fields.Error("members", $"{dup.Key} is listed twice", fields.Find("members"));
            }
        }

        var permanent = fields.Codes("permanent", register).Select(c => c.Code).ToImmutableArray();
        foreach (var p in permanent.Where(p => !members.IsEmpty && !members.Contains(p)))
        {
            fields.Error("permanent", $"{p} is a permanent member but not a member", fields.Find("permanent"));
        }

        var questions = ImmutableArray.CreateBuilder<QuestionKind>();
        var map = fields.Map("questions", required: false);
        if (map is null && members.IsEmpty && !permanent.IsEmpty)
        {
            // A majority of the members is a number only for a fixed list; 'all' changes with the date.
            fields.Error("questions", "a body of all Members with permanent members names the majority of each kind of question, e.g. substantive: \"affirmative:97+veto\"");
        }
        else if (map is null)
        {
            questions.Add(new QuestionKind("substantive", permanent.IsEmpty ? MajorityRule.Simple : new MajorityRule.AffirmativeVotes(Math.Max(1, (members.Length / 2) + 1), true)));
            questions.Add(new QuestionKind("procedural", MajorityRule.Simple));
        }
        else
        {
            foreach (var (key, value) in map.Node.Children)
            {
                var kind = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (ReadRule(value) is { } rule)
                {
                    questions.Add(new QuestionKind(kind, rule));
                }
                else
                {
                    map.Error(kind, "a majority is 'simple', 'two-thirds', 'affirmative:N' or 'affirmative:N+veto'", value);
                }
            }

            if (map.Node.Children.Count == 0)
            {
                fields.Error("questions", "a body decides at least one kind of question", map.Node);
            }
        }

        var quorum = Quorum.NoneRequired;
        if (fields.Map("quorum", required: false) is { } q)
        {
            q.OnlyKeys("open", "decide");
            var open = Share(q, "open");
            var decide = Share(q, "decide");
            quorum = new Quorum(open, decide);
        }
        else if (members.IsEmpty)
        {
            quorum = Quorum.GeneralAssembly;
        }

        var article19 = fields.Text("article-19", required: false) is { } a19 && a19 is "true" or "yes";
        return fields.ErrorCount > 0 || idText is null
            ? null
            : new Body(id, name ?? idText, BodyKind.Custom, members, permanent, questions.ToImmutable(), quorum, article19);
    }

    private static MajorityRule? ReadRule(YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return MajorityRule.TryParse(scalar.Value, out var rule) ? rule : null;
        }

        if (node is YamlMappingNode map)
        {
            var votes = map.Children.FirstOrDefault(p => (p.Key as YamlScalarNode)?.Value == "affirmative").Value as YamlScalarNode;
            var veto = map.Children.FirstOrDefault(p => (p.Key as YamlScalarNode)?.Value == "veto").Value as YamlScalarNode;
            var text = $"affirmative:{votes?.Value}{(veto?.Value is "true" or "yes" ? "+veto" : string.Empty)}";
            return MajorityRule.TryParse(text, out var rule) ? rule : null;
        }

        return null;
    }

    private static QuorumShare Share(YamlFields fields, string key)
    {
        var text = fields.Text(key, required: false);
        if (text is null)
        {
            return QuorumShare.None;
        }

        if (Quorum.TryParseShare(text, out var share))
        {
            return share;
        }

        fields.Error(key, $"'{text}' is not a quorum: none, one-quarter, one-third, majority or two-thirds", fields.Find(key));
        return QuorumShare.None;
    }
}
