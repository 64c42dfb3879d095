using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Policies;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Stats;

/// <summary>
/// Computes a <see cref="StatsReport"/>. The definitions, in one place:
/// <list type="bullet">
/// <item>In the period: a case opened in it (its first opening; a reopened case counts once).</item>
/// <item>Needs a response: every case in the period except those closed as Duplicate (counted on
/// the original) or Spam (not a customer). Covered: it has a first response — a reply or a
/// like/hide/delete/block that the network confirmed, or a person closed it (no action needed,
/// moved to private, …). A case closed by the system is not covered; a case still open is not covered yet.</item>
/// <item>First response: from opening to <see cref="Case.FirstRespondedAt"/>, of covered cases, in
/// service hours (what the SLA targets count) and on the wall clock (what the customer waited);
/// VIP split in service hours.</item>
/// <item>Within target: first response at or before the case's first due time (its stored
/// <see cref="Case.DueAt"/>, or, when a follow-up has since moved that, the due time the SLA clock
/// gives for its opening). A case without a response whose due time has passed by
/// <c>asOf</c> is breached; one not yet due is pending and in neither count.</item>
/// <item>Approval turnaround: from each submission for approval to the approval or rejection that
/// ends it (wall clock); a submission still waiting is pending; one ended otherwise (a manager
/// closed the case) is neither.</item>
/// <item>Volume: all cases in the period, by network, primary topic and sentiment, every value listed.</item>
/// <item>Backlog: the open cases given (any period), by how long they have waited since their SLA clock started.</item>
/// <item>Per agent: cases in the period that ended Sent (counted for who sent it) or Closed by a person.</item>
/// </list>
/// </summary>
public static class StatsCalculator
{
    public static StatsReport Compute(StatsPeriod period, IEnumerable<CaseHistory> histories, IEnumerable<Case> open, SlaClock sla, VipRule vip, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(vip);

        var inPeriod = histories.Where(h => period.Contains(h.Case.OpenedAt)).ToList();
        var cases = inPeriod.ConvertAll(h => h.Case);
        var needing = cases.Where(NeedsResponse).ToList();
        var answered = needing.Where(c => c.FirstRespondedAt is not null).ToList();
        TimeSpan Business(Case c) => sla.Clock.BusinessTimeBetween(c.OpenedAt, c.FirstRespondedAt!.Value);

        var approvals = inPeriod.Select(h => ApprovalWaits.Of(h.Audit)).ToList();
        return new StatsReport(
            period,
            asOf,
            cases.Count,
            new Coverage(needing.Count, answered.Count),
            DurationSummary.Of(answered.Select(Business)),
            DurationSummary.Of(answered.Select(c => c.FirstRespondedAt!.Value - c.OpenedAt)),
            DurationSummary.Of(answered.Where(c => vip.IsVip(c.Mention)).Select(Business)),
            DurationSummary.Of(answered.Where(c => !vip.IsVip(c.Mention)).Select(Business)),
            Target(needing, sla, asOf),
            DurationSummary.Of(approvals.SelectMany(a => a.Decided)),
            approvals.Sum(a => a.Pending),
            Volume(cases, Enum.GetValues<Network>(), c => c.Mention.Network, n => n.ToString().ToLowerInvariant()),
            Volume(cases, Enum.GetValues<Topic>(), c => c.Triage.Topic, TriageNames.Name),
            Volume(cases, Enum.GetValues<Sentiment>(), c => c.Triage.Sentiment, TriageNames.Name),
            BacklogAges.Of(open, asOf),
            Handled(cases));
    }

    public static bool NeedsResponse(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c is not { State: CaseState.Closed, ClosedReason: CloseReason.Duplicate or CloseReason.Spam };
    }

    private static TargetShare Target(List<Case> needing, SlaClock sla, DateTimeOffset asOf)
    {
        int onTime = 0, breached = 0;
        foreach (var c in needing)
        {
            var due = c.SlaStartedAt == c.OpenedAt
                ? c.DueAt
                : sla.Deadline(c.OpenedAt, c.Triage.Priority, c.Triage.Sentiment).Due;
            if (c.FirstRespondedAt is { } first && first <= due)
            {
                onTime++;
            }
            else if (c.FirstRespondedAt is not null || due <= asOf)
            {
                breached++;
            }
        }
        return new TargetShare(onTime, breached);
    }

    private static List<NamedCount> Volume<T>(List<Case> cases, T[] values, Func<Case, T> key, Func<T, string> name)
        where T : struct, Enum =>
        [.. values.Select(v => new NamedCount(name(v), cases.Count(c => key(c).Equals(v))))];

    private static List<AgentCount> Handled(List<Case> cases)
    {
        var handlers = cases.Select(c => c.State switch
        {
            CaseState.Sent => c.Reply?.SentBy,
            CaseState.Closed => c.ClosedBy,
            _ => null,
        }).Where(a => a is not null && !a.Is(ActorRoles.System));
        return [.. handlers
            .GroupBy(a => a!.Id, StringComparer.Ordinal)
            .Select(g => new AgentCount(g.Key, g.Last()!.Name, g.Count()))
            .OrderByDescending(a => a.Handled)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)];
    }
}
