using System.Collections.Immutable;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Cases;

/// <summary>
/// One customer conversation the team handles, immutable. Only <see cref="CaseMachine"/>
/// makes the next one; <see cref="Version"/> grows by one on every transition.
/// </summary>
public sealed record Case
{
    public required CaseId Id { get; init; }
    public required long Version { get; init; }
    public required CaseState State { get; init; }
    public required Mention Mention { get; init; }
    public required TriageResult Triage { get; init; }

    /// <summary>The channel routing chose (a key into the configured channels).</summary>
    public required string Route { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>When the first response is due (SLA), set by the policy that opened (or reopened) the case.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>When the SLA clock last started: at opening, and again when a follow-up reopens the case.</summary>
    public required DateTimeOffset SlaStartedAt { get; init; }

    public DateTimeOffset LastCustomerMessageAt { get; init; }

    /// <summary>For a private message, when the network stops accepting our reply (Meta: 24 h, 7 days with the human-agent tag).</summary>
    public DateTimeOffset? ReplyWindowClosesAt { get; init; }

    public Actor? ClaimedBy { get; init; }
    public DateTimeOffset? ClaimedAt { get; init; }
    public Draft? Draft { get; init; }
    public string? RejectionNote { get; init; }
    public Actor? RejectedBy { get; init; }
    public PendingAction? Pending { get; init; }
    public SentReply? Reply { get; init; }
    public DateTimeOffset? FirstRespondedAt { get; init; }
    /// <summary>Why the last attempt failed, in neutral English (audit, logs); <see cref="LastProblem"/> is what the card shows.</summary>
    public string? LastError { get; init; }

    public ActionProblem? LastProblem { get; init; }
    public CloseReason? ClosedReason { get; init; }
    public Actor? ClosedBy { get; init; }

    /// <summary>The author deleted the original on the network: shown on the card, never silently dropped.</summary>
    public DateTimeOffset? OriginalDeletedAt { get; init; }

    public ImmutableList<FollowUp> FollowUps { get; init; } = [];
    public ImmutableList<CaseNote> Notes { get; init; } = [];

    /// <summary>
    /// The crisis group the case is shown in instead of its own card (Core.Crisis); null once a
    /// person claims it out of the group, and for every case outside a crisis.
    /// </summary>
    public string? GroupId { get; init; }

    public bool IsOpen => State is CaseState.New or CaseState.Claimed or CaseState.AwaitingApproval;

    public bool RequiresApproval => Triage.Sensitive || (Draft?.Check.NeedsApproval ?? false);

    /// <summary>Opens a case for a new mention; version 1, state New.</summary>
    public static Case Open(CaseId id, Mention mention, TriageResult triage, string route, DateTimeOffset dueAt, DateTimeOffset now, bool humanAgentTag = false) => new()
    {
        Id = id,
        Version = 1,
        State = CaseState.New,
        Mention = mention,
        Triage = triage,
        Route = route,
        OpenedAt = now,
        DueAt = dueAt,
        SlaStartedAt = now,
        LastCustomerMessageAt = mention.CreatedAt,
        ReplyWindowClosesAt = ReplyWindow.ClosesAt(mention.ProfileNetwork, mention.IsPrivate, mention.CreatedAt, humanAgentTag),
    };
}
