namespace Plenary.Domain.States;

/// <summary>Where a State in arrears stands under Charter Art. 19.</summary>
/// <remarks>
/// Art. 19, first sentence: a Member whose arrears equal or exceed the contributions due for the
/// preceding two full years has no vote in the General Assembly (<see cref="NoVote"/>). Second
/// sentence: the Assembly may permit it to vote if the failure is due to conditions beyond its
/// control (<see cref="Exempted"/>). A Member regains its vote as soon as it pays enough
/// (<see cref="VoteRegained"/>, dated by the first recorded vote that shows it voting again).
/// </remarks>
public enum Article19Status
{
    NoVote,
    Exempted,
    VoteRegained,
}
