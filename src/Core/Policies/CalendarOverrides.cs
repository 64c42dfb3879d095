using System.Globalization;

namespace SomeTeams.Core.Policies;

/// <summary>
/// Days the host closes on top of the holiday rule, and rule holidays it works on. Written by an
/// admin as text, one day a line, so it can live in a setting or a blob:
/// <code>
/// # comment
/// 2026-12-31 Uudenvuodenaatto    closed (the name is optional)
/// open 2027-01-06                the team works on Epiphany (text after the date is a note)
/// </code>
/// A day both closed and opened is open: re-opening is the deliberate exception.
/// </summary>
public sealed record CalendarOverrides(IReadOnlyList<Holiday> Closed, IReadOnlyList<DateOnly> Open)
{
    public static CalendarOverrides Empty { get; } = new([], []);

    /// <summary>Reads the text format; a bad line is an error that names the line, never a day silently lost.</summary>
    public static CalendarOverrides Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var closed = new List<Holiday>();
        var open = new List<DateOnly>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            line = (hash >= 0 ? line[..hash] : line).Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var reopen = line.StartsWith("open ", StringComparison.OrdinalIgnoreCase);
            var rest = reopen ? line[5..].TrimStart() : line;
            var space = rest.IndexOfAny([' ', '\t']);
            var dateText = space < 0 ? rest : rest[..space];
            var name = space < 0 ? "" : rest[space..].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException($"Calendar line {i + 1}: expected a date as yyyy-MM-dd, got '{dateText}'.");
            }
            if (reopen)
            {
                open.Add(date);
            }
            else
            {
                closed.Add(new Holiday(date, name.Length > 0 ? name : "Suljettu"));
            }
        }
        return new CalendarOverrides(closed, open);
    }
}
