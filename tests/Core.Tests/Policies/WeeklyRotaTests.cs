using Microsoft.Extensions.Time.Testing;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.TestKit.Builders;
using static SomeTeams.Core.Tests.Policies.Helsinki;

namespace SomeTeams.Core.Tests.Policies;

public sealed class WeeklyRotaTests
{
    private static readonly Actor Ville = new("aad-ville", "Ville Approver", ActorRoles.Agent | ActorRoles.Approver);

    private static readonly WeeklyRota Team = new("Europe/Helsinki",
        Weekdays(People.Aino, new(8, 0), new(16, 0))
            .Concat(Weekdays(Ville, new(16, 0), new(22, 0)))
            .Append(new RotaEntry(People.Eveliina, DayOfWeek.Saturday, new(22, 0), new(6, 0))),
        HolidayCalendar.Finland);

    [Fact]
    public void Expand_Week_HasEveryShiftOnce()
    {
        var rota = Team.Expand(At("2026-11-23 00:00"), At("2026-11-30 00:00"));

        Assert.Equal(11, rota.Shifts.Count);
        Assert.Equal(At("2026-11-28 22:00"), rota.Shifts.Single(s => s.Person == People.Eveliina).Start);
    }

    [Fact]
    public void Expand_FakeNowOnTuesdayAfternoon_AinoWorksAndVilleIsNext()
    {
        var time = new FakeTimeProvider(At("2026-11-24 14:00"));
        var now = time.GetUtcNow();

        var rota = Team.Expand(now, now.AddDays(2));

        Assert.Equal(People.Aino, Assert.Single(rota.OnShift(now)).Person);
        Assert.Equal(At("2026-11-24 16:00"), rota.NextShiftChange(now));
        time.Advance(TimeSpan.FromHours(2));
        Assert.True(rota.ShiftEndedFor(People.Aino.Id, time.GetUtcNow()));
        Assert.Equal(Ville, Assert.Single(rota.ApproversOnShift(time.GetUtcNow())).Person);
    }

    [Fact]
    public void Expand_WindowStartsMidNight_IncludesTheShiftStartedYesterday()
    {
        var rota = Team.Expand(At("2026-11-29 03:00"), At("2026-11-29 12:00"));

        Assert.Equal(People.Eveliina, Assert.Single(rota.OnShift(At("2026-11-29 03:00"))).Person);
    }

    [Fact]
    public void Expand_OverSpringForward_KeepsWallClockTimesAndShortensTheNight()
    {
        var rota = Team.Expand(At("2026-03-27 00:00"), At("2026-03-31 00:00"));

        Assert.Equal(Utc("2026-03-27 06:00"), rota.Shifts.First(s => s.Person == People.Aino).Start);
        Assert.Equal(Utc("2026-03-30 05:00"), rota.Shifts.Last(s => s.Person == People.Aino).Start);
        var night = rota.Shifts.Single(s => s.Person == People.Eveliina);
        Assert.Equal(TimeSpan.FromHours(7), night.End - night.Start);
    }

    [Fact]
    public void Expand_ChristmasWeek_NoShiftsOnHolidays()
    {
        var rota = Team.Expand(At("2026-12-24 00:00"), At("2026-12-27 00:00"));

        Assert.Empty(rota.Shifts); // Boxing Day is a Saturday, so Eveliina's night is off too
        Assert.NotEmpty(Team.Expand(At("2026-12-28 00:00"), At("2026-12-29 00:00")).Shifts);
    }

    private static IEnumerable<RotaEntry> Weekdays(Actor person, TimeOnly starts, TimeOnly ends) =>
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new RotaEntry(person, d, starts, ends));
}
