using System.Collections.Frozen;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Stats;

/// <summary>
/// Who counts as a VIP for the fairness figure (anchors.md §5: non-VIPs within 2× the VIP median):
/// an author with at least <see cref="MinFollowers"/> followers where the network tells, or one of
/// the listed authors, written "network:id" (e.g. "x:12345") because ids are unique per network only.
/// </summary>
public sealed class VipRule(long? minFollowers, IEnumerable<string> authors)
{
    private readonly FrozenSet<string> _authors = authors.Select(a => a.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    public static VipRule None { get; } = new(null, []);

    public long? MinFollowers { get; } = minFollowers;

    public static string Key(Network network, string authorId) =>
        $"{network.ToString().ToLowerInvariant()}:{authorId.ToLowerInvariant()}";

    public bool IsVip(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return (MinFollowers is { } min && mention.Author.Followers >= min)
            || _authors.Contains(Key(mention.Network, mention.Author.ExternalId));
    }
}
