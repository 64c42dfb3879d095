namespace SomeTeams.Teams.Cards.Crisis;

/// <summary>Keys of the crisis and grouped card texts (CardTexts.Crisis.cs).</summary>
public static class CrisisCardText
{
    public const string Title = "Crisis.Title";
    public const string TopicCluster = "Crisis.TopicCluster";
    public const string AccountCluster = "Crisis.AccountCluster";
    public const string TimeFormat = "Crisis.TimeFormat";
    public const string Since = "Crisis.Since";
    public const string Speed = "Crisis.Speed";
    public const string SpeedValue = "Crisis.SpeedValue";
    public const string CountAtRaise = "Crisis.CountAtRaise";
    public const string Grouping = "Crisis.Grouping";
    public const string Samples = "Crisis.Samples";
    public const string End = "Crisis.End";
    public const string Ended = "Crisis.Ended";
    public const string GroupTitle = "Crisis.GroupTitle";
    public const string GroupCounts = "Crisis.GroupCounts";
    public const string GroupActive = "Crisis.GroupActive";
    public const string GroupEnded = "Crisis.GroupEnded";
    public const string Latest = "Crisis.Latest";
    public const string ClaimOut = "Crisis.ClaimOut";
    public const string NotManager = "Crisis.NotManager";
    public const string ClaimedOut = "Crisis.ClaimedOut";
    public const string NoSuchCrisis = "Crisis.NoSuchCrisis";
    public const string Statement = "Crisis.Statement";
    public const string StatementHint = "Crisis.StatementHint";
    public const string StatementDrafted = "Crisis.StatementDrafted";
    public const string StatementAwaiting = "Crisis.StatementAwaiting";
    public const string StatementApproved = "Crisis.StatementApproved";
    public const string StatementSave = "Crisis.StatementSave";
    public const string StatementSubmit = "Crisis.StatementSubmit";
    public const string StatementApprove = "Crisis.StatementApprove";
    public const string StatementTooLong = "Crisis.StatementTooLong";
    public const string StatementSaved = "Crisis.StatementSaved";
    public const string StatementSubmitted = "Crisis.StatementSubmitted";
    public const string StatementWillBeSent = "Crisis.StatementWillBeSent";
}
