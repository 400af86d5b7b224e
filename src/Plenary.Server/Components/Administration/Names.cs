using Microsoft.Extensions.Localization;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Server.Components.Localization;

namespace Plenary.Server.Components.Administration;

/// <summary>Names shown on the Secretariat's pages: bodies from the shared vocabulary, States in the chosen language from the shipped data.</summary>
internal static class Names
{
    public static string BodyName(this IStringLocalizer<Vocabulary> vocabulary, BodyId body, string fallback) =>
        body == BodyId.GeneralAssembly ? vocabulary["GeneralAssembly"] : body == BodyId.SecurityCouncil ? vocabulary["SecurityCouncil"] : fallback;

    /// <summary>The State's name on the date in the page's language; the code itself when the text is not a known code.</summary>
    public static string StateName(this MembershipRegister register, string? code, DateOnly date) =>
        code is not null && StateCode.TryParse(code, out var parsed) && register.TryFind(parsed, out _)
            ? register.NameOn(parsed, date, WebCultures.Language)
            : code ?? string.Empty;

    /// <summary>Null for a blank field, so that the checks treat it as not given.</summary>
    public static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
