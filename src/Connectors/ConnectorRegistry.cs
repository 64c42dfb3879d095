using System.Collections.Frozen;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors;

/// <summary>
/// The connectors the host has, by network. Two connectors claiming one network is a wiring
/// bug and stops start-up; asking for a network without a connector answers false.
/// </summary>
public sealed class ConnectorRegistry
{
    private readonly FrozenDictionary<Network, ISocialConnector> connectors;

    public ConnectorRegistry(IEnumerable<ISocialConnector> connectors)
    {
        ArgumentNullException.ThrowIfNull(connectors);
        var byNetwork = new Dictionary<Network, ISocialConnector>();
        foreach (var connector in connectors)
        {
            if (!byNetwork.TryAdd(connector.Network, connector))
            {
                throw new InvalidOperationException($"Two connectors are registered for {connector.Network}.");
            }
        }

        this.connectors = byNetwork.ToFrozenDictionary();
    }

    public IReadOnlyCollection<Network> Networks => connectors.Keys;

    public bool TryGet(Network network, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ISocialConnector? connector) =>
        connectors.TryGetValue(network, out connector);

    /// <summary>The connector for <paramref name="account"/>'s network; a configured account without one is a configuration error.</summary>
    public ISocialConnector For(SourceAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return TryGet(account.Network, out var connector)
            ? connector
            : throw new InvalidOperationException($"No connector is registered for {account.Network} (account {account.Id}).");
    }
}
