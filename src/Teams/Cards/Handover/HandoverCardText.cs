namespace SomeTeams.Teams.Cards.Handover;

/// <summary>Keys of the shift handover card and of the timers' messages (CardTexts.Handover.cs).</summary>
public static class HandoverCardText
{
    public const string Title = "Handover.Title";
    public const string Arrived = "Handover.Arrived";
    public const string Unclaimed = "Handover.Unclaimed";
    public const string AwaitingApproval = "Handover.AwaitingApproval";
    public const string NearSla = "Handover.NearSla";
    public const string PastSla = "Handover.PastSla";
    public const string Cases = "Handover.Cases";
    public const string Nothing = "Handover.Nothing";
    public const string More = "Handover.More";
    public const string Notes = "Handover.Notes";
    public const string NoNotes = "Handover.NoNotes";
    public const string NoteLine = "Handover.NoteLine";
    public const string BadgeNew = "Handover.BadgeNew";
    public const string BadgeClaimed = "Handover.BadgeClaimed";
    public const string BadgeApproval = "Handover.BadgeApproval";
    public const string BadgeDue = "Handover.BadgeDue";
    public const string BadgeOverdue = "Handover.BadgeOverdue";

    /// <summary>The thread reply at 50 % and 80 %: {0} the share, {1} the due time.</summary>
    public const string SlaWarning = "Sla.Warning";

    public const string SlaBreachedTopic = "Sla.BreachedTopic";

    /// <summary>A manager's notice of a breach: {0} network, {1} due time.</summary>
    public const string SlaBreachedNotice = "Sla.BreachedNotice";

    public const string ApprovalTopic = "Sla.ApprovalTopic";

    /// <summary>An on-shift approver's notice: {0} minutes waited, {1} network, {2} who drafted.</summary>
    public const string ApprovalWaiting = "Sla.ApprovalWaiting";

    /// <summary>The note on a case whose claim went back to the queue: {0} who held it.</summary>
    public const string ReleasedShiftEnded = "Shift.ReleasedShiftEnded";

    public const string ReleasedOffline = "Shift.ReleasedOffline";

    /// <summary>Personal chat: the stats command for someone who is not a manager: {0} handled, {1} from, {2} to.</summary>
    public const string OwnStats = "Stats.Own";
}
