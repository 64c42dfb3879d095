using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors;

/// <summary>
/// A brand account on one network, as configured. <see cref="Settings"/> holds the network's
/// own keys (base address, page id, tokens resolved from configuration or Key Vault); it is
/// never logged.
/// </summary>
public sealed record SourceAccount(
    string Id,
    Network Network,
    string DisplayName,
    bool Enabled,
    IReadOnlyDictionary<string, string> Settings)
{
    public string? Setting(string key) => Settings.TryGetValue(key, out var value) ? value : null;

    public override string ToString() => $"{Network}:{Id}";
}
