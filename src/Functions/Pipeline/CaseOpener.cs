using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Policies;
using SomeTeams.Core.Triage;

namespace SomeTeams.Functions.Pipeline;

/// <summary>
/// The team's policies applied to an arriving mention: triage, the channel it is routed to and
/// when the first response is due (SLA on the team's service hours).
/// </summary>
public sealed class CaseOpener(Triager triager, RoutingTable routing, SlaClock sla)
{
    /// <param name="humanAgentTag">The account may answer private messages for 7 days (Meta's human-agent tag), not 24 h.</param>
    public Case Open(Mention mention, DateTimeOffset now, bool humanAgentTag = false)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var triage = triager.Triage(mention, now);
        var route = routing.Route(mention.AccountId, triage);
        var due = sla.Deadline(now, triage.Priority, triage.Sentiment).Due;
        return Case.Open(CaseIds.For(mention.Key), mention, triage, route, due, now, humanAgentTag);
    }

    /// <summary>The due time when a follow-up restarts a case's clock, judged on the follow-up's own triage.</summary>
    public DateTimeOffset DueAfterFollowUp(Mention followUp, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        var triage = triager.Triage(followUp, now);
        return sla.Deadline(now, triage.Priority, triage.Sentiment).Due;
    }
}
