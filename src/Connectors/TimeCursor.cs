using System.Globalization;

namespace SomeTeams.Connectors;

/// <summary>
/// The cursor of a source that only pages backwards (Bluesky, YouTube, feeds): the newest
/// time seen plus the ids seen at exactly that time, so an item sharing the newest
/// timestamp is neither dropped nor repeated (social-apis.md §1.4).
/// Text form: <c>{ISO time} {id} {id} …</c> (ids never contain spaces).
/// </summary>
internal sealed record TimeCursor(DateTimeOffset At, IReadOnlySet<string> IdsAtTime)
{
    public static TimeCursor? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? new TimeCursor(at, parts.Skip(1).ToHashSet(StringComparer.Ordinal))
            : null;
    }

    public bool HasSeen(DateTimeOffset at, string id) => at < At || (at == At && IdsAtTime.Contains(id));

    /// <summary>The cursor after also having seen <paramref name="items"/>.</summary>
    public static TimeCursor? Advance(TimeCursor? current, IEnumerable<(DateTimeOffset At, string Id)> items)
    {
        var cursor = current;
        foreach (var (at, id) in items)
        {
            if (cursor is null || at > cursor.At)
            {
                cursor = new TimeCursor(at, new HashSet<string>(StringComparer.Ordinal) { id });
            }
            else if (at == cursor.At && !cursor.IdsAtTime.Contains(id))
            {
                cursor = cursor with { IdsAtTime = new HashSet<string>(cursor.IdsAtTime, StringComparer.Ordinal) { id } };
            }
        }

        return cursor;
    }

    public override string ToString() =>
        string.Join(' ', IdsAtTime.Order(StringComparer.Ordinal).Prepend(At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
}
