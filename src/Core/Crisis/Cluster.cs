using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Crisis;

/// <summary>What a flood is about: one social account, or one topic across accounts.</summary>
public enum ClusterKind
{
    Account,
    Topic,
}

/// <summary>
/// A set of mentions watched for spikes: every mention of an account, or every mention triaged
/// to a topic. <see cref="Key"/> is stable text ("topic:outage", "account:fb-acme") for storage.
/// </summary>
public sealed record Cluster(ClusterKind Kind, string Value)
{
    public string Key => (Kind == ClusterKind.Account ? "account:" : "topic:") + Value;

    public static Cluster Account(string accountId) => new(ClusterKind.Account, accountId);

    public static Cluster Of(Topic topic) => new(ClusterKind.Topic, TriageNames.Name(topic));

    /// <summary>Whether a mention of this account, triaged to this topic, belongs to the cluster.</summary>
    public bool Contains(string accountId, Topic topic) => Kind == ClusterKind.Account
        ? string.Equals(Value, accountId, StringComparison.Ordinal)
        : string.Equals(Value, TriageNames.Name(topic), StringComparison.Ordinal);

    public static Cluster Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key switch
        {
            _ when key.StartsWith("account:", StringComparison.Ordinal) && key.Length > 8 => Account(key[8..]),
            _ when key.StartsWith("topic:", StringComparison.Ordinal) && key.Length > 6 => new(ClusterKind.Topic, key[6..]),
            _ => throw new FormatException($"'{key}' is not a cluster key (account:… or topic:…)."),
        };
    }

    public override string ToString() => Key;
}
