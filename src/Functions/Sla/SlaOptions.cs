namespace SomeTeams.Functions.Sla;

/// <summary>The <c>Sla</c> section: when an approval is escalated, and the activity types the notices use (declared in the app manifest).</summary>
public sealed class SlaOptions
{
    public const string Section = "Sla";

    /// <summary>An approval nobody has acted on this long after submission goes to an approver who is on shift.</summary>
    public TimeSpan EscalateApprovalAfter { get; set; } = TimeSpan.FromMinutes(30);

    public string BreachedActivityType { get; set; } = "responseDeadlinePassed";

    public string ApprovalActivityType { get; set; } = "approvalRequested";
}
