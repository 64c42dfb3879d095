using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Cases;

/// <summary>What must happen outside the case after a transition; the host carries these out.</summary>
public abstract record CaseEffect
{
    private CaseEffect()
    {
    }

    /// <summary>Re-render the channel card so everyone sees the new state.</summary>
    public sealed record UpdateCard : CaseEffect;

    /// <summary>Queue the pending action for the outbox.</summary>
    public sealed record EnqueueSend(string AttemptId, SocialActionKind Kind) : CaseEffect;

    /// <summary>Tell the approvers a draft awaits them.</summary>
    public sealed record NotifyApprovers(Actor Drafter) : CaseEffect;

    /// <summary>Tell the drafter what the approver decided.</summary>
    public sealed record NotifyDrafter(Actor Drafter, bool Approved) : CaseEffect;

    /// <summary>Tell a person a case was handed to them.</summary>
    public sealed record NotifyAssignee(Actor Assignee) : CaseEffect;
}
