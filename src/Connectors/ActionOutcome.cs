using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors;

/// <summary>How an action ended.</summary>
public abstract record ActionOutcome
{
    private ActionOutcome()
    {
    }

    /// <summary>Done; for a reply, the new item's id and link.</summary>
    public sealed record Done(string? ExternalId, Uri? Permalink) : ActionOutcome;

    /// <summary>
    /// Refused before any call (unsupported on this network, outside a reply window, summoning rule):
    /// <paramref name="Problem"/> is what the card shows, <paramref name="Reason"/> a neutral English text for logs and audit.
    /// </summary>
    public sealed record Refused(ActionProblem Problem, string Reason) : ActionOutcome;

    /// <summary>The network answered with an error; nothing was published.</summary>
    public sealed record Failed(ConnectorError Error) : ActionOutcome;

    /// <summary>The request may have reached the network but no answer came: a person must check before any retry.</summary>
    public sealed record Unknown(string Reason) : ActionOutcome;
}
