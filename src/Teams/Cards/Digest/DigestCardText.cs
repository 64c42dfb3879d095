namespace SomeTeams.Teams.Cards.Digest;

/// <summary>
/// Keys of the manager's digest card texts (CardTexts.Digest.cs). The backlog buckets are keyed
/// by their report names through <see cref="Bucket"/>; networks, topics and sentiments use the
/// case card's names.
/// </summary>
public static class DigestCardText
{
    public const string Title = "Digest.Title";
    public const string DateFormat = "Digest.DateFormat";
    public const string Cases = "Digest.Cases";
    public const string Coverage = "Digest.Coverage";
    public const string ShareOf = "Digest.ShareOf";
    public const string FirstResponse = "Digest.FirstResponse";
    public const string MedianP90 = "Digest.MedianP90";
    public const string WithinTarget = "Digest.WithinTarget";
    public const string VipOthers = "Digest.VipOthers";
    public const string Approvals = "Digest.Approvals";
    public const string Waiting = "Digest.Waiting";
    public const string Backlog = "Digest.Backlog";
    public const string Networks = "Digest.Networks";
    public const string Topics = "Digest.Topics";
    public const string Sentiment = "Digest.Sentiment";
    public const string Agents = "Digest.Agents";
    public const string NoData = "Digest.NoData";

    public static string Bucket(string name) => "Digest.Backlog." + name;
}
