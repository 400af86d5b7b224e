namespace Plenary.Domain.States;

/// <summary>One State on a list of Members in arrears under Charter Art. 19, as of a date.</summary>
/// <remarks>
/// The entries sharing a <see cref="Year"/> and an <see cref="AsOf"/> date form one list (a letter of
/// the Secretary-General, or a later statement of who had paid). <see cref="AsOf"/> is null when the
/// source is undated; such an entry cannot say who could vote on a given day.
/// </remarks>
public sealed record Article19Entry(int Year, StateCode Code, Article19Status Status, DateOnly? AsOf);
