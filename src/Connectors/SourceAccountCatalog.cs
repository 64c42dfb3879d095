using Microsoft.Extensions.Configuration;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors;

/// <summary>
/// The brand accounts from configuration <c>Connectors:Accounts:{i}</c> = {Id, Network,
/// DisplayName, Enabled, Settings{…}}. Secrets in Settings come from configuration (user secrets,
/// environment, Key Vault references or the Key Vault provider) and are never logged. With no
/// account configured the local run gets the demo accounts, unless <c>Connectors:DemoWhenEmpty</c> is false.
/// </summary>
public sealed class SourceAccountCatalog
{
    public SourceAccountCatalog(IReadOnlyList<SourceAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var duplicate = accounts.GroupBy(a => a.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Connector account id '{duplicate.Key}' is configured more than once.");
        }

        All = accounts;
    }

    public IReadOnlyList<SourceAccount> All { get; }

    public IEnumerable<SourceAccount> Enabled => All.Where(a => a.Enabled);

    public SourceAccount? Find(string id) => All.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>One demo account per imitated network, replaying at 60× speed.</summary>
    public static IReadOnlyList<SourceAccount> DemoAccounts { get; } =
    [
        .. new[] { "x", "facebook", "instagram", "mastodon", "bluesky", "youtube", "rss" }.Select(n =>
            new SourceAccount($"demo-{n}", Network.Demo, $"Nordlink demo ({n})", true, new Dictionary<string, string> { ["Speed"] = "60", ["Loop"] = "true" })),
    ];

    public static SourceAccountCatalog From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Connectors:Accounts");
        var accounts = section.GetChildren().Select(Read).ToList();
        var demoWhenEmpty = !bool.TryParse(configuration["Connectors:DemoWhenEmpty"], out var demo) || demo;
        return new SourceAccountCatalog(accounts.Count == 0 && demoWhenEmpty ? DemoAccounts : accounts);
    }

    private static SourceAccount Read(IConfigurationSection entry)
    {
        var where = $"Connectors:Accounts:{entry.Key}";
        var id = entry["Id"] is { Length: > 0 } i ? i : throw new InvalidOperationException($"{where} has no Id.");
        var network = Enum.TryParse<Network>(entry["Network"], ignoreCase: true, out var n) && Enum.IsDefined(n)
            ? n
            : throw new InvalidOperationException($"{where} ({id}) has an unknown Network '{entry["Network"]}'.");
        var enabled = entry["Enabled"] is not { } e || (bool.TryParse(e, out var on) ? on : throw new InvalidOperationException($"{where} ({id}) has Enabled '{e}', expected true or false."));
        var settings = entry.GetSection("Settings").GetChildren()
            .Where(s => s.Value is not null)
            .ToDictionary(s => s.Key, s => s.Value!, StringComparer.OrdinalIgnoreCase);
        return new SourceAccount(id, network, entry["DisplayName"] ?? id, enabled, settings);
    }
}
