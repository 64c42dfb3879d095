namespace SomeTeams.Core.Triage;

/// <summary>Sends mentions that match every given condition to a Teams channel; a missing condition matches anything.</summary>
public sealed record RoutingRule(string Channel, string? Account = null, Topic? Topic = null, string? Language = null)
{
    public bool Matches(string account, TriageResult triage) =>
        (Account is null || string.Equals(Account, account, StringComparison.Ordinal))
        && (Topic is null || triage.Topics.Contains(Topic.Value))
        && (Language is null || string.Equals(Language, triage.Language, StringComparison.Ordinal));
}
