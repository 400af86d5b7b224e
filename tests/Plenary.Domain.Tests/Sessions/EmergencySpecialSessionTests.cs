using Plenary.Domain.Bodies;
using Plenary.Domain.Sessions;
using Plenary.Domain.States;
using Plenary.Domain.Tests.Specs;
using static Plenary.Domain.Tests.Specs.Builders;

namespace Plenary.Domain.Tests.Sessions;

/// <summary>Res. 377 A (V) and rule 8(b): an emergency special session meets within 24 hours of a request by the Council or a majority of the Members.</summary>
public class EmergencySpecialSessionTests
{
    private static readonly DateOnly Requested = new(2022, 2, 27);
    private static readonly DateOnly NextDay = new(2022, 2, 28);
    private static readonly EmergencySpecialSessionRequested ByTheCouncil = new(Requested, "S/RES/2623 (2022)", NextDay);

    [Fact]
    public void A_Council_request_asks_for_a_session_within_24_hours()
    {
        BodyRecordSpec.Given()
            .When(new ReceiveCouncilRequest(Requested, "S/RES/2623 (2022)"))
            .Then(ByTheCouncil);
    }

    [Fact]
    public void An_emergency_special_session_opens_within_24_hours_of_the_request()
    {
        var state = BodyRecordSpec.Given(ByTheCouncil)
            .When(new OpenSession(NextDay, SessionKind.EmergencySpecial, 11))
            .Then(new SessionOpened(NextDay, "ES-11", SessionKind.EmergencySpecial, 11, "S/RES/2623 (2022)"));

        Assert.True(state.IsOpen("ES-11"));
        Assert.Empty(state.PendingRequests);
    }

    [Fact]
    public void An_emergency_special_session_opens_only_on_request()
    {
        BodyRecordSpec.Given()
            .When(new OpenSession(NextDay, SessionKind.EmergencySpecial, 11))
            .ThenFails("emergency-session-not-requested");
    }

    [Fact]
    public void A_request_is_used_once()
    {
        BodyRecordSpec.Given(ByTheCouncil, new SessionOpened(NextDay, "ES-11", SessionKind.EmergencySpecial, 11, "S/RES/2623 (2022)"))
            .When(new OpenSession(NextDay, SessionKind.EmergencySpecial, 12))
            .ThenFails("emergency-session-not-requested");
    }

    [Fact]
    public void An_emergency_special_session_opened_more_than_24_hours_after_the_request_is_late()
    {
        BodyRecordSpec.Given(ByTheCouncil)
            .When(new OpenSession(new DateOnly(2022, 3, 1), SessionKind.EmergencySpecial, 11))
            .ThenFails("emergency-session-late");
    }

    [Fact]
    public void An_emergency_special_session_does_not_open_before_it_is_requested()
    {
        BodyRecordSpec.Given(ByTheCouncil)
            .When(new OpenSession(new DateOnly(2022, 2, 26), SessionKind.EmergencySpecial, 11))
            .ThenFails("date-before-request");
    }

    [Fact]
    public void A_request_of_a_majority_of_the_Members_convenes_an_emergency_special_session()
    {
        var members = Register193.AssemblyMembersOn(Requested).Select(s => s.Code).ToArray();

        BodyRecordSpec.Given()
            .When(new ReceiveMembersRequest(Requested, [.. members.Take(97)], 193))
            .Then(new EmergencySpecialSessionRequested(Requested, "a majority of the Members (97 of 193)", NextDay));
    }

    [Fact]
    public void A_request_of_fewer_than_a_majority_of_the_Members_is_refused()
    {
        var members = Register193.AssemblyMembersOn(Requested).Select(s => s.Code).ToArray();
        StateCode[] twiceNamed = [.. members.Take(96), members[0]];

        BodyRecordSpec.Given().When(new ReceiveMembersRequest(Requested, [.. members.Take(96)], 193)).ThenFails("request-needs-majority");
        BodyRecordSpec.Given().When(new ReceiveMembersRequest(Requested, [.. twiceNamed], 193)).ThenFails("request-needs-majority");
    }

    [Fact]
    public void The_Council_holds_no_sessions()
    {
        var council = BodyRecordSpec.Given().In(Body.SecurityCouncil);

        council.When(new OpenSession(Requested, SessionKind.Regular, 77)).ThenFails("council-has-no-sessions");
        council.When(new ReceiveCouncilRequest(Requested, "S/RES/2623 (2022)")).ThenFails("assembly-only");
    }

    [Fact]
    public void A_regular_session_opens_without_a_request_and_only_once()
    {
        var opening = new DateOnly(2022, 9, 13);
        BodyRecordSpec.Given()
            .When(new OpenSession(opening, SessionKind.Regular, 77))
            .Then(new SessionOpened(opening, "77", SessionKind.Regular, 77, null));
        BodyRecordSpec.Given(new SessionOpened(opening, "77", SessionKind.Regular, 77, null))
            .When(new OpenSession(opening, SessionKind.Regular, 77))
            .ThenFails("session-already-opened");
    }

    [Fact]
    public void An_emergency_special_session_adjourned_temporarily_is_resumed_on_request()
    {
        var opened = new SessionOpened(NextDay, "ES-11", SessionKind.EmergencySpecial, 11, "S/RES/2623 (2022)");
        var adjourned = new SessionTemporarilyAdjourned(Es11Vote, "ES-11");
        var resumed = new DateOnly(2022, 10, 10);

        BodyRecordSpec.Given(ByTheCouncil, opened)
            .When(new AdjournSessionTemporarily(Es11Vote, "ES-11"))
            .Then(adjourned);
        var state = BodyRecordSpec.Given(ByTheCouncil, opened, adjourned)
            .When(new ResumeSession(resumed, "ES-11", "Albania and Ukraine (A/ES-11/8)"))
            .Then(new SessionResumed(resumed, "ES-11", "Albania and Ukraine (A/ES-11/8)"));
        Assert.True(state.IsOpen("ES-11"));
        BodyRecordSpec.Given(ByTheCouncil, opened)
            .When(new ResumeSession(resumed, "ES-11", "Ukraine"))
            .ThenFails("session-not-adjourned");
    }

    [Fact]
    public void An_old_request_left_unanswered_does_not_block_a_later_one()
    {
        var stale = new EmergencySpecialSessionRequested(new DateOnly(2021, 5, 3), "S/RES/9999 (2021)", new DateOnly(2021, 5, 4));

        BodyRecordSpec.Given(stale, ByTheCouncil)
            .When(new OpenSession(NextDay, SessionKind.EmergencySpecial, 11))
            .Then(new SessionOpened(NextDay, "ES-11", SessionKind.EmergencySpecial, 11, "S/RES/2623 (2022)"));
    }
}
