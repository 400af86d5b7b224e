using Plenary.Domain.States;
using Plenary.Infrastructure.ReferenceData;

namespace Plenary.Infrastructure.Tests.ReferenceData;

/// <summary>The repository's own data/, loaded once for all tests.</summary>
internal static class RealData
{
    private static readonly Lazy<ReferenceDataLoadResult> Loaded =
        new(() => ReferenceDataLoader.Load(ReferenceDataLoader.LocateDataDirectory()));

    public static ReferenceDataLoadResult Result => Loaded.Value;

    public static MembershipRegister Register => Loaded.Value.Register
        ?? throw new InvalidOperationException("data/ did not load:" + Environment.NewLine + string.Join(Environment.NewLine, Loaded.Value.Errors));

    public static StateCode Code(string text) => StateCode.Parse(text);

    public static StateCode[] Codes(string spaceSeparated) =>
        [.. spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(StateCode.Parse)];
}
