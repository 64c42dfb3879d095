using SomeTeams.Functions.Tests.Sla;

namespace SomeTeams.Functions.Tests.Day;

/// <summary>One mention of the simulated day: when it arrives, what it says, and how the team treats it.</summary>
internal sealed record Arrival(int Index, string ExternalId, DateTimeOffset At, string Text)
{
    /// <summary>Nobody picks it up: it runs through its warnings to the breach.</summary>
    public bool Ignored => Index % 10 == 3;

    /// <summary>Drafted and sent for approval instead of closed; odd ones are decided in 10 min, even ones in 40 (escalated at 30).</summary>
    public bool NeedsApproval => Index % 15 == 7;

    public TimeSpan ApprovalTakes => Index % 2 == 0 ? TimeSpan.FromMinutes(40) : TimeSpan.FromMinutes(10);
}

/// <summary>
/// The day's 300 mentions, the same on every run (seeded): 60 in the night (00–08), 180 in the
/// day shift (08–16), 60 in the evening and late night (16–24), Helsinki time, on Tuesday 24 Nov 2026.
/// </summary>
internal static class DayScript
{
    private static readonly string[] Texts =
    [
        "Netti ei toimi taas, kolmas kerta tällä viikolla",
        "Miksi laskussani on kaksi kertaa sama maksu?",
        "Kiitos nopeasta avusta eilen, homma toimii!",
        "Mitt bredband har legat nere sedan i morse.",
        "Your app keeps logging me out, fix it please.",
        "Voiko liittymän vaihtaa halvempaan netissä?",
    ];

    public static IReadOnlyList<Arrival> Arrivals()
    {
        var random = new Random(20261124);
        var times = new List<DateTimeOffset>();
        void Window(int count, int fromHour, int hours)
        {
            for (var i = 0; i < count; i++)
            {
                times.Add(ShiftTeam.Local(fromHour).AddSeconds(random.Next(1, hours * 3600)));
            }
        }

        Window(60, 0, 8);
        Window(180, 8, 8);
        Window(60, 16, 8);
        return [.. times.Order().Select((at, i) => new Arrival(i, "d-" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), at, Texts[random.Next(Texts.Length)]))];
    }

    /// <summary>The clock's steps: every 5 minutes while the team is open (08–20), every 15 while closed; the timers run at each.</summary>
    public static IEnumerable<DateTimeOffset> Steps()
    {
        for (var t = ShiftTeam.Local(0); t < ShiftTeam.Local(0, day: 1); t += Open(t) ? TimeSpan.FromMinutes(5) : TimeSpan.FromMinutes(15))
        {
            yield return t;
        }
    }

    public static bool Open(DateTimeOffset t) => t >= ShiftTeam.Local(8) && t < ShiftTeam.Local(20);
}
