using System.Globalization;

namespace SomeTeams.Connectors.Meta;

/// <summary>
/// Graph's <c>since</c> works in whole seconds and includes the second itself, so the cursor is
/// the newest second seen plus the ids seen in that second: "1787218272:id1,id2". An item is
/// new if it is later, or in that second and not yet seen — no duplicates, and no gap for an
/// item that arrives late within the same second (social-apis.md §1.4).
/// </summary>
internal sealed record GraphSecondCursor(long Seconds, IReadOnlySet<string> IdsAtSecond)
{
    public static GraphSecondCursor? Parse(string? cursor)
    {
        var parts = (cursor ?? "").Split(':', 2);
        return long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? new GraphSecondCursor(seconds, (parts.Length > 1 ? parts[1] : "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal))
            : null;
    }

    public bool IsNew(DateTimeOffset time, string id) =>
        time.ToUnixTimeSeconds() > Seconds || (time.ToUnixTimeSeconds() == Seconds && !IdsAtSecond.Contains(id));

    public static GraphSecondCursor? Advance(GraphSecondCursor? cursor, DateTimeOffset time, string id)
    {
        var seconds = time.ToUnixTimeSeconds();
        return cursor is null || seconds > cursor.Seconds ? new GraphSecondCursor(seconds, new HashSet<string>(StringComparer.Ordinal) { id })
            : seconds == cursor.Seconds ? new GraphSecondCursor(seconds, new HashSet<string>(cursor.IdsAtSecond, StringComparer.Ordinal) { id })
            : cursor;
    }

    public override string ToString() =>
        $"{Seconds.ToString(CultureInfo.InvariantCulture)}:{string.Join(',', IdsAtSecond.Order(StringComparer.Ordinal))}";
}
