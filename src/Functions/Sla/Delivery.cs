using SomeTeams.Teams.BotFramework.Outbound;

namespace SomeTeams.Functions.Sla;

/// <summary>How a once-only notice ended, which decides what happens to its mark (see SlaWarnings).</summary>
public enum Delivery
{
    Sent,

    /// <summary>Certainly not delivered (refused, throttled, nothing to send to yet): give the mark back, try next run.</summary>
    NotSent,

    /// <summary>The request left and the answer did not come back: keep the mark, never send again.</summary>
    Unknown,
}

internal static class Deliveries
{
    public static Delivery Of(ConnectorOutcome outcome) => outcome switch
    {
        ConnectorOutcome.Ok => Delivery.Sent,
        ConnectorOutcome.OutcomeUnknown => Delivery.Unknown,
        _ => Delivery.NotSent,
    };

    /// <summary>Several recipients of one notice: sent when anyone got it (never repeat to them), unknown when nobody surely did.</summary>
    public static Delivery Combine(IReadOnlyCollection<Delivery> each) =>
        each.Contains(Delivery.Sent) ? Delivery.Sent
        : each.Contains(Delivery.Unknown) ? Delivery.Unknown
        : Delivery.NotSent;
}
