using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors;

/// <summary>
/// The one seam every network sits behind: fetch what is new since a cursor, and perform
/// the actions the network allows. HTTP failures come back as values, never exceptions
/// (STYLE.md "Protocol at the edges").
/// </summary>
public interface ISocialConnector
{
    Network Network { get; }

    /// <summary>Fetches items newer than <paramref name="cursor"/> (null on the first fetch), draining every page.</summary>
    Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken);

    /// <summary>
    /// Performs one action. An action the network does not support is refused before any call
    /// is made; a call whose outcome cannot be known (a timeout after the request was sent)
    /// answers <see cref="ActionOutcome.Unknown"/> so the caller never blindly repeats it.
    /// </summary>
    Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken);
}
