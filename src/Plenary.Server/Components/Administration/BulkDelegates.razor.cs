using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Plenary.Server.Accounts;
using Plenary.Server.Components.Live;
using Plenary.Server.Hosting;

namespace Plenary.Server.Components.Administration;

/// <summary>Creates a delegation account for every row of a CSV of delegates (<c>state,name,email</c>), as <c>POST /api/accounts/delegations</c> does: all or none, every error shown with its line and field.</summary>
public sealed partial class BulkDelegates : IDisposable
{
    /// <summary>One row per delegate: some hundreds of rows at most.</summary>
    private const long MaxFileBytes = 1024 * 1024;

    private readonly CancellationTokenSource _stop = new();

    [Inject]
    public required Chamber Chamber { get; init; }

    [Inject]
    public required AccountStore Store { get; init; }

    [Inject]
    public required Desk Desk { get; init; }

    /// <summary>Called with every new account's access code, in the order of the file.</summary>
    [Parameter]
    public EventCallback<IReadOnlyList<IssuedCode>> OnCreated { get; set; }

    private string? Csv { get; set; }

    private string? FileError { get; set; }

    private FormOutcome Outcome { get; } = new();

    private IReadOnlyList<CsvError> Errors { get; set; } = [];

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task LoadAsync(InputFileChangeEventArgs e)
    {
        FileError = null;
        try
        {
            await using var stream = e.File.OpenReadStream(MaxFileBytes, _stop.Token);
            using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
            Csv = await reader.ReadToEndAsync(_stop.Token);
        }
        catch (IOException)
        {
            FileError = T["FileTooLarge"];
        }
        catch (DecoderFallbackException)
        {
            FileError = T["NotUtf8"];
        }
    }

    private async Task CreateAsync()
    {
        Errors = [];
        var (outcome, codes) = await AccountCommands.RunAsync(
            Desk,
            by => AccountsApi.CreateDelegationsAsync(Csv ?? string.Empty, by, Chamber, Store, _stop.Token),
            _stop.Token);
        Errors = [.. outcome.FieldErrors.SelectMany(e => e.Value.Select(m => Describe(e.Key, m))).OrderBy(e => e.Line).ThenBy(e => e.Field, StringComparer.Ordinal)];
        Outcome.Set(outcome.Message is null && !outcome.Succeeded ? DeskOutcome.Invalid(new Dictionary<string, string[]>()) : outcome, codes is null ? null : string.Format(CultureInfo.CurrentCulture, T["Created"], codes.Count));
        if (codes is not null)
        {
            Csv = null;
            await OnCreated.InvokeAsync([.. codes.Select(c => new IssuedCode(c.Username, c.State, c.Name, c.AccessCode))]);
        }
    }

    /// <summary>The parser keys each error <c>line N: field</c>.</summary>
    private CsvError Describe(string key, string message)
    {
        var match = LineAndField().Match(key);
        if (!match.Success)
        {
            return new CsvError(0, key, $"{key}: {message}");
        }

        var line = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var field = match.Groups[2].Value;
        return new CsvError(line, field, string.Format(CultureInfo.CurrentCulture, T["Error"], line, field, message));
    }

    [GeneratedRegex(@"^line (\d+): (\w+)$")]
    private static partial Regex LineAndField();

    private sealed record CsvError(int Line, string Field, string Text);
}
