using Microsoft.Extensions.Time.Testing;
using SomeTeams.Core.Policies;
using static SomeTeams.Core.Tests.Policies.Helsinki;

namespace SomeTeams.Core.Tests.Policies;

public sealed class WeeklyRotaTests
{
    private static readonly WeeklyRota Team = new("Europe/Helsinki",
        Weekdays("aino", "Aino", ShiftRole.Agent, new(8, 0), new(16, 0))
            .Concat(Weekdays("ville", "Ville", ShiftRole.Approver, new(16, 0), new(22, 0)))
            .Append(new RotaEntry("kalle", "Kalle", ShiftRole.Agent, DayOfWeek.Saturday, new(22, 0), new(6, 0))),
        HolidayCalendar.Finland);

    [Fact]
    public void Expand_Week_HasEveryShiftOnce()
    {
        var rota = Team.Expand(At("2026-11-23 00:00"), At("2026-11-30 00:00"));

        Assert.Equal(11, rota.Shifts.Count);
        Assert.Equal(At("2026-11-28 22:00"), rota.Shifts.Single(s => s.PersonId == "kalle").Start);
    }

    [Fact]
    public void Expand_FakeNowOnTuesdayAfternoon_AinoWorksAndVilleIsNext()
    {
        var time = new FakeTimeProvider(At("2026-11-24 14:00"));
        var now = time.GetUtcNow();

        var rota = Team.Expand(now, now.AddDays(2));

        Assert.Equal("aino", Assert.Single(rota.OnShift(now)).PersonId);
        Assert.Equal(At("2026-11-24 16:00"), rota.NextShiftChange(now));
        time.Advance(TimeSpan.FromHours(2));
        Assert.True(rota.ShiftEndedFor("aino", time.GetUtcNow()));
        Assert.Equal("ville", Assert.Single(rota.ApproversOnShift(time.GetUtcNow())).PersonId);
    }

    [Fact]
    public void Expand_WindowStartsMidNight_IncludesTheShiftStartedYesterday()
    {
        var rota = Team.Expand(At("2026-11-29 03:00"), At("2026-11-29 12:00"));

        Assert.Equal("kalle", Assert.Single(rota.OnShift(At("2026-11-29 03:00"))).PersonId);
    }

    [Fact]
    public void Expand_OverSpringForward_KeepsWallClockTimesAndShortensTheNight()
    {
        var rota = Team.Expand(At("2026-03-27 00:00"), At("2026-03-31 00:00"));

        Assert.Equal(Utc("2026-03-27 06:00"), rota.Shifts.First(s => s.PersonId == "aino").Start);
        Assert.Equal(Utc("2026-03-30 05:00"), rota.Shifts.Last(s => s.PersonId == "aino").Start);
        var night = rota.Shifts.Single(s => s.PersonId == "kalle");
        Assert.Equal(TimeSpan.FromHours(7), night.End - night.Start);
    }

    [Fact]
    public void Expand_ChristmasWeek_NoShiftsOnHolidays()
    {
        var rota = Team.Expand(At("2026-12-24 00:00"), At("2026-12-27 00:00"));

        Assert.Empty(rota.Shifts); // Boxing Day is a Saturday, so Kalle's night is off too
        Assert.NotEmpty(Team.Expand(At("2026-12-28 00:00"), At("2026-12-29 00:00")).Shifts);
    }

    private static IEnumerable<RotaEntry> Weekdays(string id, string name, ShiftRole role, TimeOnly starts, TimeOnly ends) =>
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new RotaEntry(id, name, role, d, starts, ends));
}
