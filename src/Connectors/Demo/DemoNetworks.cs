using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Demo;

/// <summary>
/// Which network a demo account imitates (setting <c>Imitates</c>, or the id suffix of
/// <c>demo-x</c>, <c>demo-facebook</c> …), so a card can offer exactly the actions that
/// network allows instead of everything <see cref="Network.Demo"/> would.
/// </summary>
public static class DemoNetworks
{
    public static Network? Imitated(SourceAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var name = account.Setting("Imitates") ?? (account.Id.StartsWith("demo-", StringComparison.OrdinalIgnoreCase) ? account.Id[5..] : null);
        return DemoStream.NetworkOf(name?.ToLowerInvariant());
    }

    /// <summary>The profile whose actions and reply limit apply to this demo account's mentions.</summary>
    public static NetworkProfile ProfileFor(SourceAccount account) => NetworkProfile.For(Imitated(account) ?? Network.Demo);
}
