namespace SomeTeams.Connectors.X;

/// <summary>
/// The stored X position: the newest mention, search hit and DM event ids seen. X ids are
/// decimal snowflakes that grow with time, so "newer" is a numeric compare (social-apis.md §1.4).
/// </summary>
internal sealed record XCursor(string? Mentions, string? Search, string? Dms)
{
    public static XCursor Parse(string? cursor)
    {
        var parts = (cursor ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && IsId(p[1]))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return new(parts.GetValueOrDefault("m"), parts.GetValueOrDefault("s"), parts.GetValueOrDefault("d"));
    }

    public override string ToString() =>
        string.Join(';', new[] { ("m", Mentions), ("s", Search), ("d", Dms) }.Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={p.Item2}"));

    public static bool IsNewer(string id, string? than) =>
        than is null || id.Length > than.Length || (id.Length == than.Length && string.CompareOrdinal(id, than) > 0);

    public static string? Max(string? a, string? b) => b is not null && IsNewer(b, a) ? b : a;

    private static bool IsId(string value) => value.Length is > 0 and <= 19 && value.All(char.IsAsciiDigit);
}
