using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Plenary.Domain.States;
using Plenary.Infrastructure.ReferenceData;
using Plenary.Infrastructure.Resolutions;
using Plenary.Infrastructure.Scenarios;

namespace Plenary.Cli;

/// <summary><c>plenary run FILE [--json]</c>: replays a scenario and prints its record, or every error in it.</summary>
internal static class RunScenarioCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(TextWriter output, TextWriter error, Func<TextWriter, MembershipRegister?> loadRegister)
    {
        var file = new Argument<string>("file") { Description = "The scenario file (YAML); see docs/scenarios.md." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per line for every decision taken." };
        var command = new Command("run", "Replay a scenario through the rules of procedure and print the record.") { file, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                error.WriteLine($"{path}:0: file: no such file");
                return PlenaryCommand.InvalidInput;
            }

            var register = loadRegister(error);
            if (register is null)
            {
                return PlenaryCommand.DataMissing;
            }

            var runner = new ScenarioRunner(register, CouncilResolutions.Load(ReferenceDataLoader.LocateDataDirectory()));
            var result = runner.RunFile(path);
            if (!result.Succeeded)
            {
                foreach (var e in result.Errors)
                {
                    error.WriteLine(e with { File = path });
                }

                error.WriteLine($"{path}: {result.Errors.Length} {(result.Errors.Length == 1 ? "error" : "errors")}; nothing was recorded.");
                return PlenaryCommand.InvalidInput;
            }

            if (parse.GetValue(json))
            {
                foreach (var decision in result.Decisions)
                {
                    output.WriteLine(JsonSerializer.Serialize(decision, Json));
                }
            }
            else
            {
                foreach (var line in result.Record)
                {
                    output.WriteLine(line);
                }
            }

            return PlenaryCommand.Ok;
        });
        return command;
    }
}
