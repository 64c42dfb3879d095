using System.Text.Json.Serialization;

namespace SomeTeams.Connectors.Mastodon;

// Wire shapes of the Mastodon REST API, trimmed to what the connector reads (social-apis.md §5).

internal sealed record MastodonNotification(string? Id, string? Type, MastodonAccount? Account, MastodonStatus? Status);

internal sealed record MastodonAccount(string? Id, string? Username, string? Acct, string? DisplayName, string? Url);

internal sealed record MastodonStatus(
    string? Id,
    DateTimeOffset? CreatedAt,
    string? InReplyToId,
    string? Visibility,
    string? Language,
    string? Uri,
    string? Url,
    string? Content,
    MastodonAccount? Account);

internal sealed record MastodonContext(IReadOnlyList<MastodonStatus>? Ancestors);

internal sealed record MastodonError(string? Error, string? ErrorDescription);

internal sealed record MastodonNewStatus(string Status, string InReplyToId, string Visibility, string? Language);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MastodonNotification))]
[JsonSerializable(typeof(List<System.Text.Json.JsonElement>))]
[JsonSerializable(typeof(MastodonAccount))]
[JsonSerializable(typeof(MastodonStatus))]
[JsonSerializable(typeof(MastodonContext))]
[JsonSerializable(typeof(MastodonError))]
[JsonSerializable(typeof(MastodonNewStatus))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
internal sealed partial class MastodonJson : JsonSerializerContext;
