using System.Diagnostics;
using SomeTeams.Connectors;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Telemetry;

namespace SomeTeams.Functions.Telemetry;

/// <summary>What the pipeline functions add to their span and the counters, one call per hook.</summary>
internal static class PipelineSpans
{
    /// <summary>A child span for one account's poll; the mentions it queues carry it as their parent.</summary>
    public static Activity? Poll(SourceAccount account) =>
        SomeTeamsTelemetry.Source.StartActivity("Poll " + account.Network)
            ?.SetTag(TraceTags.Network, account.Network.ToString())
            .SetTag(TraceTags.AccountId, account.Id);

    public static void Fetched(SourceAccount account, FetchResult result)
    {
        var (calls, error) = result switch
        {
            FetchResult.Fetched f => (f.Calls, (ConnectorError?)null),
            FetchResult.Failed f => (f.Calls, f.Error),
            _ => (0, null),
        };
        SomeTeamsMetrics.Polled(account.Network, calls);
        Activity.Current?.SetTag(TraceTags.Outcome, error is null ? "fetched" : error.GetType().Name);
        if (error is not null)
        {
            SomeTeamsMetrics.ConnectorError(account.Network, error.GetType().Name);
        }
    }

    public static void Filed(MentionKey key, CaseId caseId) =>
        Activity.Current?.SetTag(TraceTags.CaseId, caseId.Value)
            .SetTag(TraceTags.Network, key.Network.ToString())
            .SetTag(TraceTags.AccountId, key.AccountId);

    public static void Case(CaseId caseId) => Activity.Current?.SetTag(TraceTags.CaseId, caseId.Value);

    /// <summary><paramref name="kind"/>: created or updated.</summary>
    public static void CardPosted(CaseId caseId, string kind)
    {
        Activity.Current?.SetTag(TraceTags.CaseId, caseId.Value).SetTag(TraceTags.Outcome, "card " + kind);
        SomeTeamsMetrics.CardPosted(kind);
    }

    public static void Performed(CaseId caseId, SourceAccount account, ActionOutcome outcome)
    {
        var name = outcome.GetType().Name;
        Activity.Current?.SetTag(TraceTags.CaseId, caseId.Value)
            .SetTag(TraceTags.Network, account.Network.ToString())
            .SetTag(TraceTags.AccountId, account.Id)
            .SetTag(TraceTags.Outcome, name);
        SomeTeamsMetrics.Sent(account.Network, name);
        if (outcome is ActionOutcome.Failed failed)
        {
            SomeTeamsMetrics.ConnectorError(account.Network, failed.Error.GetType().Name);
        }
    }
}
