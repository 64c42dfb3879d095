namespace SomeTeams.Functions.Hosting;

/// <summary>
/// A 6-field NCRONTAB schedule as Azure Functions timers use it:
/// <c>{second} {minute} {hour} {day} {month} {day-of-week}</c>, in UTC (hosting-infra.md §1.6;
/// Flex has no WEBSITE_TIME_ZONE). Fields take <c>*</c>, numbers, ranges <c>a-b</c>, lists
/// <c>a,b</c> and steps <c>*/n</c> or <c>a-b/n</c>; day-of-week 0 and 7 are Sunday.
/// </summary>
public sealed class CronSchedule
{
    private static readonly (int Min, int Max)[] Ranges = [(0, 59), (0, 59), (0, 23), (1, 31), (1, 12), (0, 7)];
    private readonly bool[][] _allowed;

    private CronSchedule(string expression, bool[][] allowed)
    {
        Expression = expression;
        _allowed = allowed;
    }

    public string Expression { get; }

    public static CronSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6)
        {
            throw new FormatException($"A timer schedule has 6 fields (second minute hour day month day-of-week), not {fields.Length}: '{expression}'.");
        }

        var allowed = new bool[6][];
        for (var i = 0; i < 6; i++)
        {
            allowed[i] = ParseField(fields[i], Ranges[i].Min, Ranges[i].Max, expression);
        }

        allowed[5][0] |= allowed[5][7];
        return new CronSchedule(expression, allowed);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/> (UTC, whole seconds).</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after)
    {
        var t = after.ToUniversalTime();
        t = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, TimeSpan.Zero).AddSeconds(1);
        var limit = t.AddYears(5);
        while (t < limit)
        {
            if (!_allowed[4][t.Month] || !_allowed[3][t.Day] || !_allowed[5][(int)t.DayOfWeek])
            {
                t = new DateTimeOffset(t.Year, t.Month, t.Day, 0, 0, 0, TimeSpan.Zero).AddDays(1);
            }
            else if (!_allowed[2][t.Hour])
            {
                t = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
            }
            else if (!_allowed[1][t.Minute])
            {
                t = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero).AddMinutes(1);
            }
            else if (!_allowed[0][t.Second])
            {
                t = t.AddSeconds(1);
            }
            else
            {
                return t;
            }
        }

        throw new InvalidOperationException($"The schedule '{Expression}' has no occurrence within five years.");
    }

    private static bool[] ParseField(string field, int min, int max, string expression)
    {
        var allowed = new bool[max + 1];
        foreach (var part in field.Split(','))
        {
            var (range, step) = part.Split('/') switch
            {
                [var r] => (r, 1),
                [var r, var s] when int.TryParse(s, out var n) && n > 0 => (r, n),
                _ => throw Invalid(part, expression),
            };
            var (from, to) = range switch
            {
                "*" => (min, max),
                _ when range.Split('-') is [var a, var b] && int.TryParse(a, out var x) && int.TryParse(b, out var y) => (x, y),
                _ when int.TryParse(range, out var single) => (single, step > 1 ? max : single),
                _ => throw Invalid(part, expression),
            };
            if (from < min || to > max || from > to)
            {
                throw Invalid(part, expression);
            }

            for (var v = from; v <= to; v += step)
            {
                allowed[v] = true;
            }
        }

        return allowed;
    }

    private static FormatException Invalid(string part, string expression) =>
        new($"'{part}' is not a valid field in the timer schedule '{expression}'.");
}
