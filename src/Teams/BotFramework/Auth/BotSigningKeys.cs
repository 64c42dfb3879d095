using Microsoft.IdentityModel.Tokens;

namespace SomeTeams.Teams.BotFramework.Auth;

/// <summary>One fetch of the Bot Framework JWKS: the keys and, per key id, the channels it is endorsed for.</summary>
internal sealed record BotSigningKeys(
    IReadOnlyList<SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements,
    DateTimeOffset FetchedAt);
