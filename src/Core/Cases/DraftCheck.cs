namespace SomeTeams.Core.Cases;

/// <summary>
/// The tone check's verdict on a draft, as the case needs it: whether a manager must approve
/// it (count to three) and whether it may be sent at all (e.g. over the network's length).
/// </summary>
public sealed record DraftCheck(bool NeedsApproval, bool CanSend)
{
    public static DraftCheck Clean { get; } = new(false, true);
}
