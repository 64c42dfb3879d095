using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Policies;
using SomeTeams.Core.Stats;
using SomeTeams.Core.Triage;
using SomeTeams.TestKit.Builders;

namespace SomeTeams.Core.Tests.Stats;

/// <summary>
/// Cases for hand-computed reports, driven through <see cref="CaseMachine"/> with their audit
/// trails kept. T0 is Monday 2026-11-23 10:00 in Helsinki, inside the default service hours.
/// </summary>
internal sealed class StatsCases
{
    public static readonly DateTimeOffset T0 = CaseBuilder.T0;
    public static readonly SlaClock Sla = new(new BusinessClock(ServiceHours.Default), SlaPolicy.Default);
    public static readonly StatsPeriod Week = new(T0.AddDays(-1), T0.AddDays(6));

    private readonly List<AuditEntry> _audit = [];
    private int _next;

    public Case Current { get; private set; } = null!;

    public IReadOnlyList<AuditEntry> Audit => _audit;

    public CaseHistory History => new(Current, [.. _audit]);

    public static StatsCases Open(
        DateTimeOffset at,
        TimeSpan? target = null,
        Network network = Network.X,
        Topic topic = Topic.Outage,
        Sentiment sentiment = Sentiment.Negative,
        long? followers = null,
        string author = "u-1")
    {
        var id = Guid.NewGuid().ToString("N");
        var mention = new Mention(network, "acct", id, MentionKind.Post, "t-" + id, null,
            new Author(author, "handle", "Customer", null, followers), "text", at, false, "fi");
        var triage = new TriageResult("fi", sentiment, topic, [topic], [], false, Priority.Normal);
        var c = Case.Open(new CaseId(id), mention, triage, "triage", at + (target ?? TimeSpan.FromHours(1)), at);
        var built = new StatsCases { Current = c };
        built._audit.Add(new AuditEntry(c.Id, 1, at, Actor.System, "CaseOpened", c.State, c.State));
        return built;
    }

    public StatsCases Do(CaseCommand command, DateTimeOffset at)
    {
        var transition = CaseMachine.Apply(Current, command, at);
        var accepted = Assert.IsType<Transition.Accepted>(transition);
        Current = accepted.Next;
        _audit.Add(accepted.Audit);
        return this;
    }

    /// <summary>Claim, draft, send and the network's acknowledgement, all at <paramref name="at"/>.</summary>
    public StatsCases Answer(DateTimeOffset at, Actor? by = null)
    {
        var person = by ?? People.Aino;
        Do(new Claim(person), at).Do(new SaveDraft(person, "Kiitos, selvitämme.", DraftCheck.Clean), at).Do(new Send(person), at);
        return Do(new MarkSent(Actor.System, Current.Pending!.AttemptId, "r-" + ++_next, null), at);
    }

    public StatsCases Close(DateTimeOffset at, CloseReason reason, Actor? by = null) => Do(new Core.Cases.Close(by ?? People.Aino, reason), at);

    public static StatsReport Report(IEnumerable<StatsCases> cases, DateTimeOffset? asOf = null, VipRule? vip = null, IEnumerable<Case>? open = null) =>
        StatsCalculator.Compute(Week, cases.Select(c => c.History), open ?? [], Sla, vip ?? VipRule.None, asOf ?? T0.AddDays(1));

    public static TimeSpan Min(double minutes) => TimeSpan.FromMinutes(minutes);
}
