using System.Globalization;

namespace SomeTeams.Connectors.Demo;

/// <summary>
/// Where a demo account is in the replay: when its stream started (so a restart keeps the
/// pace), which loop it is on, and the index of the last event returned. Text: <c>{unix}:{lap}:{index}</c>.
/// </summary>
internal sealed record DemoCursor(DateTimeOffset Start, int Lap, int Index)
{
    public static DemoCursor? Parse(string? text)
    {
        var parts = text?.Split(':');
        return parts is [var start, var lap, var index]
            && long.TryParse(start, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unix)
            && int.TryParse(lap, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)
            && int.TryParse(index, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
            ? new DemoCursor(DateTimeOffset.FromUnixTimeSeconds(unix), l, i)
            : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start.ToUnixTimeSeconds()}:{Lap}:{Index}");
}
