using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;

namespace SomeTeams.TestKit.Builders;

/// <summary>Cases in any state, built by driving <see cref="CaseMachine"/> so they are always legal.</summary>
public static class CaseBuilder
{
    public static DateTimeOffset T0 { get; } = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public static Mention Mention(string externalId = "1001", Network network = Network.X, bool isPrivate = false, string author = "u-42") =>
        new(network, "acct-nordlink", externalId, isPrivate ? MentionKind.DirectMessage : MentionKind.Post, "thread-" + externalId, null,
            new Author(author, "asiakas42", "Asiakas Neljäkaksi"), "Netti pätkii taas", T0.AddMinutes(-5), isPrivate, "fi");

    public static TriageResult Triage(bool sensitive = false) =>
        new("fi", Sentiment.Negative, Topic.Outage, [Topic.Outage], [], sensitive, Priority.Normal);

    public static Case New(string? id = null, Mention? mention = null, bool sensitive = false) =>
        Case.Open(new CaseId(id ?? CaseId.New().Value), mention ?? Mention(), Triage(sensitive), "triage", T0.AddHours(1), T0);

    public static Case Claimed(Case? from = null, Actor? by = null)
    {
        var c = from ?? New();
        return Step(c, new Claim(by ?? People.Aino), After(c, 0));
    }

    public static Case Drafted(Case? from = null, string text = "Pahoittelut! Katsomme yhteytesi heti.", DraftCheck? check = null)
    {
        var claimed = Claimed(from);
        return Step(claimed, new SaveDraft(claimed.ClaimedBy!, text, check ?? DraftCheck.Clean), After(claimed, 1));
    }

    public static Case AwaitingApproval(Case? from = null)
    {
        var drafted = Drafted(from);
        return Step(drafted, new SubmitForApproval(drafted.ClaimedBy!), After(drafted, 2));
    }

    public static Case Sending(Case? from = null)
    {
        var drafted = Drafted(from);
        return Step(drafted, new Send(drafted.ClaimedBy!), After(drafted, 3));
    }

    public static Case SendUnknown(Case? from = null)
    {
        var sending = Sending(from);
        return Step(sending, new MarkSendFailed(Actor.System, sending.Pending!.AttemptId, "timeout", Unknown: true), After(sending, 4));
    }

    public static Case Sent(Case? from = null)
    {
        var sending = Sending(from);
        return Step(sending, new MarkSent(Actor.System, sending.Pending!.AttemptId, "x-reply-1", new Uri("https://x.com/nordlink/status/1")), After(sending, 4));
    }

    public static Case Closed(Case? from = null) => Step(from ?? New(), new Close(People.Aino, CloseReason.NoActionNeeded));

    public static Case InState(CaseState state) => state switch
    {
        CaseState.New => New(),
        CaseState.Claimed => Drafted(),
        CaseState.AwaitingApproval => AwaitingApproval(),
        CaseState.Sending => Sending(),
        CaseState.SendUnknown => SendUnknown(),
        CaseState.Sent => Sent(),
        CaseState.Closed => Closed(),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    // Steps are timed from T0, or from the customer's last message when a case was opened later
    // (pipeline tests open cases on the wall clock), so a draft never predates what it answers.
    private static DateTimeOffset After(Case c, int minutes) =>
        (c.LastCustomerMessageAt > T0 ? c.LastCustomerMessageAt : T0).AddMinutes(minutes);

    /// <summary>Applies a command that must be accepted, and returns the next case.</summary>
    public static Case Step(Case c, CaseCommand command, DateTimeOffset? at = null) =>
        CaseMachine.Apply(c, command, at ?? T0) switch
        {
            Transition.Accepted a => a.Next,
            Transition.Refused r => throw new InvalidOperationException($"{command.GetType().Name} refused in {c.State}: {r.Reason}"),
            _ => throw new InvalidOperationException("Unknown transition."),
        };
}
