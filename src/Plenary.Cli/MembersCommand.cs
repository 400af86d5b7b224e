using System.CommandLine;
using System.Globalization;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;

namespace Plenary.Cli;

/// <summary><c>plenary members --body SC --on 2022-02-25</c>: who sits in a body on a date, who holds a veto and who has no vote.</summary>
internal static class MembersCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<TextWriter, MembershipRegister?> loadRegister)
    {
        var body = new Option<string>("--body") { Description = "GA or SC.", DefaultValueFactory = _ => "GA" };
        var on = new Option<string>("--on") { Description = "The date, YYYY-MM-DD.", Required = true };
        var command = new Command("members", "List the members of the General Assembly or the Security Council on a date.") { body, on };
        command.SetAction(parse =>
        {
            var bodyText = parse.GetValue(body);
            var dateText = parse.GetValue(on);
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error.WriteLine($"--on: '{dateText}' is not a date of the form YYYY-MM-DD");
                return PlenaryCommand.InvalidInput;
            }

            var chosen = bodyText switch
            {
                "GA" => Body.GeneralAssembly,
                "SC" => Body.SecurityCouncil,
                _ => null,
            };
            if (chosen is null)
            {
                error.WriteLine($"--body: '{bodyText}' is not a body: GA or SC");
                return PlenaryCommand.InvalidInput;
            }

            var register = loadRegister(error);
            if (register is null)
            {
                return PlenaryCommand.DataMissing;
            }

            var electorate = chosen.ElectorateOn(date, register);
            foreach (var member in electorate.Members)
            {
                var marks = (electorate.IsPermanent(member) ? " (permanent)" : string.Empty)
                    + (electorate.CannotVote.ContainsKey(member) ? " (no vote: Article 19)" : string.Empty);
                output.WriteLine($"{member}  {register.NameOn(member, date)}{marks}");
            }

            output.WriteLine($"{electorate.Size} members of the {chosen.Name} on {date:yyyy-MM-dd}.");
            return PlenaryCommand.Ok;
        });
        return command;
    }
}
