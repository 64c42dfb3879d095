using System.Globalization;
using System.Text.Json;
using SomeTeams.Connectors.Webhooks;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.X;

/// <summary>
/// Verified X webhook bodies to mentions: X Activity API events (<c>post.mention.create</c>,
/// <c>post.reply.create</c>, <c>post.quote.create</c>, <c>dm.received</c>) and legacy Account
/// Activity deletions (social-apis.md §2.10). The account is found by its <c>UserId</c> setting.
/// </summary>
public static class XWebhookPayload
{
    private static readonly string[] PostEvents = ["post.mention.create", "post.reply.create", "post.quote.create"];

    public static WebhookBatch Parse(ReadOnlySpan<byte> rawBody, IReadOnlyCollection<SourceAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var batch = new Collected();
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(rawBody);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            batch.Skipped.Add(new SkippedItem(null, "X webhook body is not JSON"));
            return batch.ToBatch();
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
            {
                Activity(data, accounts, batch);
            }
            else if (root.ValueKind == JsonValueKind.Object && Str(root, "for_user_id") is { } forUser && Account(accounts, forUser) is { } account)
            {
                XLegacyPayload.Add(account, forUser, root, batch);
            }
        }

        return batch.ToBatch();
    }

    private static void Activity(JsonElement data, IReadOnlyCollection<SourceAccount> accounts, Collected batch)
    {
        var userId = data.TryGetProperty("filter", out var filter) ? Str(filter, "user_id") : null;
        if (userId is null || Account(accounts, userId) is not { } account || !data.TryGetProperty("payload", out var payload))
        {
            batch.Skipped.Add(new SkippedItem(null, "X activity event for an unknown account or without payload"));
            return;
        }

        var type = Str(data, "event_type");
        if (PostEvents.Contains(type))
        {
            var users = Array(data.TryGetProperty("includes", out var includes) ? includes : default, "users")
                .Select(u => new XUser(Str(u, "id"), Str(u, "name"), Str(u, "username"))).ToList();
            batch.Add(XMapper.Post(account, payload, users), userId);
        }
        else if (type == "dm.received")
        {
            foreach (var dm in Array(payload, "direct_message_events"))
            {
                batch.Add(LegacyDm(account, dm, payload), userId);
            }
        }
    }

    // dm.received (and the legacy Account Activity API) carry v1.1 message_create events and a users map (§2.10).
    internal static MapResult LegacyDm(SourceAccount account, JsonElement dm, JsonElement payload)
    {
        var id = Str(dm, "id");
        var create = dm.TryGetProperty("message_create", out var c) ? c : default;
        var sender = Str(create, "sender_id");
        var recipient = create.ValueKind == JsonValueKind.Object && create.TryGetProperty("target", out var t) ? Str(t, "recipient_id") : null;
        var text = create.ValueKind == JsonValueKind.Object && create.TryGetProperty("message_data", out var m) ? Str(m, "text") : null;
        if (id is null || sender is null || recipient is null || text is null
            || !long.TryParse(Str(dm, "created_timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            return MapResult.Skip(id, "X DM event lacks id, sender, recipient, text or timestamp");
        }

        var entry = payload.TryGetProperty("users", out var users) && users.ValueKind == JsonValueKind.Object
            && users.TryGetProperty(sender, out var e) ? e : default;
        var user = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("data", out var u) ? u : entry;
        var author = XMapper.Author(sender, [new XUser(sender, Str(user, "name"), Str(user, "username") ?? Str(user, "screen_name"))]);

        // One-to-one conversation ids are "{smaller}-{larger}" (§2.8), so webhook and poll agree.
        var pair = new[] { sender, recipient }.OrderBy(i => i.Length).ThenBy(i => i, StringComparer.Ordinal).ToArray();
        return MapResult.Ok(new Mention(Network.X, account.Id, id, MentionKind.DirectMessage, $"{pair[0]}-{pair[1]}", null,
            author, text, DateTimeOffset.FromUnixTimeMilliseconds(ms), IsPrivate: true));
    }

    internal static SourceAccount? Account(IReadOnlyCollection<SourceAccount> accounts, string userId) =>
        accounts.FirstOrDefault(a => a.Network == Network.X && a.Enabled && a.Setting("UserId") == userId);

    internal static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    internal static List<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray()] : [];

    internal sealed class Collected
    {
        public List<Mention> Mentions { get; } = [];

        public List<MentionKey> Deleted { get; } = [];

        public List<SkippedItem> Skipped { get; } = [];

        public void Add(MapResult result, string brandUserId)
        {
            if (result.Skipped is { } skipped)
            {
                Skipped.Add(skipped);
            }
            else if (result.Mention is { } mention && mention.Author.ExternalId != brandUserId)
            {
                Mentions.Add(mention);
            }
        }

        public WebhookBatch ToBatch() => new(Mentions, Deleted, [], Skipped);
    }
}
