namespace SomeTeams.Core.Cases;

/// <summary>The result of applying a command: the next case with its effects and audit entry, or a refusal.</summary>
public abstract record Transition
{
    private Transition()
    {
    }

    public sealed record Accepted(Case Next, IReadOnlyList<CaseEffect> Effects, AuditEntry Audit) : Transition;

    public sealed record Refused(Case Current, Refusal Reason) : Transition;
}
