namespace SomeTeams.Connectors.Mastodon;

/// <summary>Mastodon ids are decimal strings of growing length: order by length, then ordinally.</summary>
internal static class MastodonIds
{
    public static readonly IComparer<string> Comparer = Comparer<string>.Create(
        (a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
}
