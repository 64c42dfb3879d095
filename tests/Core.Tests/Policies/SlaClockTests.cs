using Microsoft.Extensions.Time.Testing;
using SomeTeams.Core.Policies;
using SomeTeams.Core.Triage;
using static SomeTeams.Core.Tests.Policies.Helsinki;

namespace SomeTeams.Core.Tests.Policies;

public sealed class SlaClockTests
{
    private static readonly SlaClock Office = new(new BusinessClock(ServiceHours.Default), SlaPolicy.Default);

    [Fact]
    public void Deadline_InsideServiceHours_WarnsAtHalfAndEightyPercent()
    {
        var deadline = Office.Deadline(At("2026-11-24 10:00"), Priority.Normal, Sentiment.Neutral);

        Assert.Equal(new SlaDeadline(At("2026-11-24 10:00"), At("2026-11-24 10:30"), At("2026-11-24 10:48"), At("2026-11-24 11:00")), deadline);
    }

    [Fact]
    public void Deadline_FridayLate_RunsOnIntoMondayWithoutCeiling()
    {
        // The 4 h ceiling (Friday 20:45) falls while closed, so the business due stands.
        var deadline = Office.Deadline(At("2026-11-20 16:45"), Priority.Normal, Sentiment.Neutral);

        Assert.Equal(new SlaDeadline(At("2026-11-20 16:45"), At("2026-11-23 09:15"), At("2026-11-23 09:33"), At("2026-11-23 09:45")), deadline);
    }

    [Fact]
    public void Deadline_ArrivedOnSaturday_ClockStartsAtMondayOpening()
    {
        var deadline = Office.Deadline(At("2026-11-21 11:00"), Priority.Urgent, Sentiment.Negative);

        Assert.Equal(At("2026-11-23 09:00"), deadline.ClockStarts);
        Assert.Equal(At("2026-11-23 09:30"), deadline.Due);
    }

    [Fact]
    public void Deadline_BeforeChristmas_SkipsTheHolidaysAndWeekend() =>
        Assert.Equal(At("2026-12-28 09:30"), Office.Deadline(At("2026-12-23 16:30"), Priority.Normal, Sentiment.Neutral).Due);

    [Fact]
    public void Deadline_OverSpringForward_IsNineThirtySummerTime() =>
        Assert.Equal(Utc("2026-03-30 06:30"), Office.Deadline(At("2026-03-27 16:30"), Priority.Normal, Sentiment.Positive).Due);

    [Fact]
    public void Deadline_LongTargetWhileOpen_IsCappedAtTheWallClockCeiling()
    {
        var sla = new SlaClock(new BusinessClock(ServiceHours.Default), WithEveryTarget(TimeSpan.FromHours(6)));

        var deadline = sla.Deadline(At("2026-11-24 12:00"), Priority.Low, Sentiment.Neutral);

        Assert.Equal(At("2026-11-24 16:00"), deadline.Due);
        Assert.Equal(At("2026-11-24 14:00"), deadline.HalfAt);
    }

    [Fact]
    public void Deadline_CeilingFallsAtClosingTime_IsNotApplied()
    {
        var sla = new SlaClock(new BusinessClock(ServiceHours.Default), WithEveryTarget(TimeSpan.FromHours(6)));

        Assert.Equal(At("2026-11-25 11:00"), sla.Deadline(At("2026-11-24 13:00"), Priority.Low, Sentiment.Neutral).Due);
    }

    [Fact]
    public void Deadline_TargetStretchedOverLunch_IsCappedAndWarnsOnTheBusinessClock()
    {
        var hours = new ServiceHours("Europe/Helsinki",
            OpeningInterval.Weekdays(new(8, 0), new(11, 30)).Concat(OpeningInterval.Weekdays(new(12, 30), new(16, 0))), HolidayCalendar.Finland);
        var sla = new SlaClock(new BusinessClock(hours), WithEveryTarget(TimeSpan.FromMinutes(210)));

        var deadline = sla.Deadline(At("2026-11-24 10:00"), Priority.Normal, Sentiment.Neutral);

        // Business due 14:30; ceiling 14:00 while open. Half of the 3 h business span ends at the lunch closing.
        Assert.Equal(new SlaDeadline(At("2026-11-24 10:00"), At("2026-11-24 11:30"), At("2026-11-24 13:24"), At("2026-11-24 14:00")), deadline);
    }

    [Fact]
    public void Deadline_RoundTheClockTeam_NeverPastTheCeiling()
    {
        var always = new ServiceHours("Europe/Helsinki", OpeningInterval.EveryDay(new(0, 0), new(0, 0)), HolidayCalendar.None);
        var sla = new SlaClock(new BusinessClock(always), WithEveryTarget(TimeSpan.FromHours(9)));

        // Four real hours on the night the clocks go back: the first 03:00, still summer time.
        Assert.Equal(Utc("2026-10-25 00:00"), sla.Deadline(At("2026-10-24 23:00"), Priority.Normal, Sentiment.Neutral).Due);
    }

    [Fact]
    public void Status_FakeTimeThroughAWeekend_ReachesEachThresholdInTurn()
    {
        var time = new FakeTimeProvider(At("2026-11-20 16:45"));
        var deadline = Office.Deadline(time.GetUtcNow(), Priority.Normal, Sentiment.Neutral);

        time.Advance(TimeSpan.FromMinutes(12));
        var friday = Office.Status(deadline, time.GetUtcNow());
        Assert.Equal(new SlaStatus(At("2026-11-23 09:45"), 0.2, SlaThreshold.None, SlaThreshold.Half, At("2026-11-23 09:15")), friday);

        time.SetUtcNow(At("2026-11-22 12:00"));
        Assert.Equal(0.25, Office.FractionElapsed(deadline, time.GetUtcNow()));
        Assert.Equal(SlaThreshold.None, Office.Status(deadline, time.GetUtcNow()).Reached);

        time.SetUtcNow(At("2026-11-23 09:15"));
        Assert.Equal((SlaThreshold.EightyPercent, At("2026-11-23 09:33")), (Office.Status(deadline, time.GetUtcNow()).Next, Office.Status(deadline, time.GetUtcNow()).NextAt));
        Assert.Equal(SlaThreshold.Half, deadline.ReachedAt(time.GetUtcNow()));

        time.Advance(TimeSpan.FromMinutes(18));
        Assert.Equal(SlaThreshold.EightyPercent, deadline.ReachedAt(time.GetUtcNow()));
        Assert.Equal((SlaThreshold.Breached, At("2026-11-23 09:45")), deadline.NextAfter(time.GetUtcNow()));

        time.Advance(TimeSpan.FromMinutes(12));
        var breached = Office.Status(deadline, time.GetUtcNow());
        Assert.Equal(new SlaStatus(At("2026-11-23 09:45"), 1.0, SlaThreshold.Breached, null, null), breached);
    }

    [Fact]
    public void Status_FakeTimeOverSpringForward_BreachesAtNineThirtySummerTime()
    {
        var time = new FakeTimeProvider(At("2026-03-27 16:30"));
        var deadline = Office.Deadline(time.GetUtcNow(), Priority.Normal, Sentiment.Neutral);

        time.Advance(TimeSpan.FromHours(63)); // Monday 08:30 summer time: the clock went forward on Sunday
        Assert.Equal((SlaThreshold.Half, 0.5), (Office.Status(deadline, time.GetUtcNow()).Reached, Office.FractionElapsed(deadline, time.GetUtcNow())));
        time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(SlaThreshold.EightyPercent, deadline.ReachedAt(time.GetUtcNow()));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SlaThreshold.Breached, deadline.ReachedAt(time.GetUtcNow()));
        Assert.Equal(Utc("2026-03-30 06:30"), time.GetUtcNow());
    }

    [Fact]
    public void FractionElapsed_AfterBreach_KeepsGrowingAndBeforeStartIsZero()
    {
        var deadline = Office.Deadline(At("2026-11-21 11:00"), Priority.Normal, Sentiment.Neutral);

        Assert.Equal(0, Office.FractionElapsed(deadline, At("2026-11-22 11:00")));
        Assert.Equal(2.0, Office.FractionElapsed(deadline, At("2026-11-23 11:00")));
    }

    [Fact]
    public void Thresholds_FromStoredArrivalAndDue_MatchTheDeadlineWorkedOutAtOpening()
    {
        var opened = Office.Deadline(At("2026-11-20 16:45"), Priority.High, Sentiment.Negative);

        Assert.Equal(opened, Office.Thresholds(At("2026-11-20 16:45"), opened.Due));
    }

    [Fact]
    public void Thresholds_DueBeforeTheClockStarts_AllFallAtTheDueTime()
    {
        var deadline = Office.Thresholds(At("2026-11-21 10:00"), At("2026-11-20 17:30"));

        Assert.Equal(new SlaDeadline(At("2026-11-20 17:30"), At("2026-11-20 17:30"), At("2026-11-20 17:30"), At("2026-11-20 17:30")), deadline);
        Assert.Equal(1, Office.FractionElapsed(deadline, At("2026-11-23 10:00")));
        Assert.Equal(SlaThreshold.Breached, deadline.ReachedAt(At("2026-11-23 10:00")));
    }

    private static SlaPolicy WithEveryTarget(TimeSpan target) =>
        new(Enum.GetValues<Priority>().ToDictionary(p => p, _ => target), null, TimeSpan.FromHours(4));
}
