namespace SomeTeams.Functions.Cards;

/// <summary>
/// The Teams channel behind each route name (<c>Channels:{route}</c> = {TenantId, ChannelId,
/// ServiceUrl, Locale}); the route <c>*</c>, when present, takes routes without their own entry.
/// Configured because the bot's conversation references live in its own process for now; the
/// serviceUrl here is the one Teams gave the channel (bot-protocol.md §7.2).
/// </summary>
public sealed class CardChannels
{
    public const string Section = "Channels";

    public Dictionary<string, CardChannel> Routes { get; } = new(StringComparer.OrdinalIgnoreCase);

    public CardChannel? For(string route) =>
        Routes.TryGetValue(route, out var channel) || Routes.TryGetValue("*", out channel) ? channel : null;

    public static CardChannels From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var channels = new CardChannels();
        foreach (var entry in configuration.GetSection(Section).GetChildren())
        {
            string Required(string key) => entry[key] is { Length: > 0 } value ? value : throw new InvalidOperationException($"{Section}:{entry.Key}:{key} is required.");
            channels.Routes[entry.Key] = new CardChannel(Required("TenantId"), Required("ChannelId"), Required("ServiceUrl"), entry["Locale"] ?? "fi-FI");
        }

        return channels;
    }
}

/// <summary>Where a route's cards are posted, and in which language the channel card is drawn.</summary>
public sealed record CardChannel(string TenantId, string ChannelId, string ServiceUrl, string Locale);
