namespace SomeTeams.Core.Accounts;

/// <summary>
/// The one place that decides an account's health: fold an observation into the record, then
/// compare the problem it now has with the one the admins were last told about. A problem is
/// announced when it starts (or gives way to another), a recovery once when none is left;
/// a poll that changes nothing says nothing, so admins are never paged on every poll.
/// </summary>
public static class AccountHealthRules
{
    public static HealthEvaluation Evaluate(AccountHealth previous, HealthObservation observation, DateTimeOffset now, HealthThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(observation);
        var t = thresholds ?? HealthThresholds.Default;
        var next = observation switch
        {
            HealthObservation.FetchSucceeded s => Succeeded(previous, s, now, t),
            HealthObservation.FetchFailed f => Failed(previous, f, now),
            HealthObservation.WebhookReceived w => previous with
            {
                LastWebhookEvent = now,
                LastEventSeen = Latest(previous.LastEventSeen, w.NewestItem),
                WebhookMissedSince = null,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(observation), observation.GetType().Name, "Unknown observation."),
        };

        // A refused or unreachable network is only healthy again once a fetch succeeds: another
        // kind of failure in between must not read as a recovery.
        var problem = ProblemOf(next, t) ?? (previous.Alerted is HealthProblem.FetchRefused or HealthProblem.Unreachable && next.ConsecutiveFailures > 0
            ? previous.Alerted
            : null);
        if (problem == previous.Alerted)
        {
            return new(next, null);
        }

        next = next with { Alerted = problem };
        var alert = problem is { } raised
            ? Alert(next, AlertKind.Raised, raised, now)
            : Alert(next, AlertKind.Recovered, previous.Alerted!.Value, now, SinceOf(previous, previous.Alerted.Value, now));
        return new(next, alert);
    }

    /// <summary>The most urgent problem the record shows, or null when it is healthy.</summary>
    public static HealthProblem? ProblemOf(AccountHealth health, HealthThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(health);
        ArgumentNullException.ThrowIfNull(thresholds);
        return health switch
        {
            { Auth: AuthState.Expired } => HealthProblem.AuthExpired,
            { Quota: QuotaState.Exhausted } => HealthProblem.QuotaExhausted,
            { LastError: FailureKind.NotFound or FailureKind.Rejected, ConsecutiveFailures: > 0 } => HealthProblem.FetchRefused,
            { WebhookMissedSince: not null } => HealthProblem.WebhookSilent,
            { LastError: FailureKind.Unavailable } h when h.ConsecutiveFailures >= thresholds.UnreachablePolls => HealthProblem.Unreachable,
            _ => null,
        };
    }

    private static AccountHealth Succeeded(AccountHealth h, HealthObservation.FetchSucceeded s, DateTimeOffset now, HealthThresholds t)
    {
        // A webhook-fed account's poll is the backstop: items it finds that are old enough to have
        // been delivered, created after the last delivery, while deliveries have been silent for
        // the whole window, mean the subscription is gone.
        var heardFrom = h.LastWebhookEvent ?? h.TrackedSince;
        var missed = s.WebhookFed
            && now - heardFrom > t.WebhookSilence
            && s.ItemTimes.Any(at => at > heardFrom && now - at >= t.WebhookGrace);
        return h with
        {
            LastSuccessfulFetch = now,
            LastEventSeen = Latest(h.LastEventSeen, s.ItemTimes.Count > 0 ? s.ItemTimes.Max() : null),
            Auth = AuthState.Ok,
            AuthFailedSince = null,
            Quota = QuotaState.Ok,
            QuotaResetsAt = null,
            QuotaExhaustedSince = null,
            WebhookMissedSince = missed ? h.WebhookMissedSince ?? now : h.WebhookMissedSince,
            ConsecutiveFailures = 0,
            FailingSince = null,
        };
    }

    private static AccountHealth Failed(AccountHealth h, HealthObservation.FetchFailed f, DateTimeOffset now)
    {
        var next = h with
        {
            LastError = f.Kind,
            LastErrorAt = now,
            ConsecutiveFailures = h.ConsecutiveFailures + 1,
            FailingSince = h.FailingSince ?? now,
        };
        return f.Kind switch
        {
            FailureKind.AuthExpired => next with { Auth = AuthState.Expired, AuthFailedSince = h.AuthFailedSince ?? now },
            FailureKind.QuotaExhausted => next with { Quota = QuotaState.Exhausted, QuotaResetsAt = f.QuotaResetsAt, QuotaExhaustedSince = h.QuotaExhaustedSince ?? now },
            _ => next,
        };
    }

    private static HealthAlert Alert(AccountHealth h, AlertKind kind, HealthProblem problem, DateTimeOffset now, DateTimeOffset? since = null) =>
        new(h.AccountId, h.Network, kind, problem, since ?? SinceOf(h, problem, now), now, h.LastSuccessfulFetch, h.QuotaResetsAt);

    private static DateTimeOffset SinceOf(AccountHealth h, HealthProblem problem, DateTimeOffset now) => problem switch
    {
        HealthProblem.AuthExpired => h.AuthFailedSince,
        HealthProblem.QuotaExhausted => h.QuotaExhaustedSince,
        HealthProblem.WebhookSilent => h.LastWebhookEvent ?? h.TrackedSince,
        _ => h.FailingSince,
    } ?? now;

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}

/// <summary>The next record to store and the alert to post, if any.</summary>
public sealed record HealthEvaluation(AccountHealth Health, HealthAlert? Alert);
