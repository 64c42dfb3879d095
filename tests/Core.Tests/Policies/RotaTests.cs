using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.TestKit.Builders;
using static SomeTeams.Core.Tests.Policies.Helsinki;

namespace SomeTeams.Core.Tests.Policies;

public sealed class RotaTests
{
    private static readonly Actor Ville = new("aad-ville", "Ville Approver", ActorRoles.Agent | ActorRoles.Approver);
    private static readonly Actor Kalle = new("aad-kalle", "Kalle Manager", ActorRoles.Manager);

    private static readonly Rota Tuesday = new(
    [
        new Shift(Ville, At("2026-11-24 16:00"), At("2026-11-24 22:00")),
        new Shift(People.Aino, At("2026-11-24 08:00"), At("2026-11-24 12:00")),
        new Shift(People.Aino, At("2026-11-24 13:00"), At("2026-11-24 16:00")),
        new Shift(People.Maija, At("2026-11-24 09:00"), At("2026-11-24 17:00")),
        new Shift(Kalle, At("2026-11-24 09:00"), At("2026-11-24 17:00")),
        new Shift(People.Bertil, At("2026-11-25 08:00"), At("2026-11-25 16:00")),
    ]);

    [Theory]
    [InlineData("2026-11-24 07:59", "")]
    [InlineData("2026-11-24 08:00", "aad-aino")]
    [InlineData("2026-11-24 12:30", "aad-kalle aad-maija")]
    [InlineData("2026-11-24 16:00", "aad-kalle aad-maija aad-ville")] // Aino's end is exclusive, Ville's start inclusive
    [InlineData("2026-11-24 22:00", "")]
    public void OnShift_AroundBoundaries_StartInclusiveEndExclusive(string at, string people) =>
        Assert.Equal(people, string.Join(' ', Tuesday.OnShift(At(at)).Select(s => s.Person.Id).Order(StringComparer.Ordinal)));

    [Fact]
    public void ApproversOnShift_Afternoon_ApproversOnlyNotAManagerWithoutTheRole() =>
        Assert.Equal(["aad-maija", "aad-ville"], Tuesday.ApproversOnShift(At("2026-11-24 16:30")).Select(s => s.Person.Id).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("2026-11-24 06:00", "2026-11-24 08:00")]
    [InlineData("2026-11-24 08:00", "2026-11-24 09:00")] // a change exactly now is not the next one
    [InlineData("2026-11-24 12:00", "2026-11-24 13:00")]
    [InlineData("2026-11-24 15:00", "2026-11-24 16:00")] // Aino leaves as Ville arrives: one change
    [InlineData("2026-11-24 16:00", "2026-11-24 17:00")]
    [InlineData("2026-11-24 23:00", "2026-11-25 08:00")]
    public void NextShiftChange_During_IsTheNextStartOrEnd(string after, string next) =>
        Assert.Equal(At(next), Tuesday.NextShiftChange(At(after)));

    [Fact]
    public void NextShiftChange_PastTheWindow_IsNull() =>
        Assert.Null(Tuesday.NextShiftChange(At("2026-11-25 16:00")));

    [Theory]
    [InlineData("aad-aino", "2026-11-24 10:00", false)] // working
    [InlineData("aad-aino", "2026-11-24 12:30", true)]  // between two shifts: off shift
    [InlineData("aad-aino", "2026-11-24 16:00", true)]
    [InlineData("aad-ville", "2026-11-24 15:00", false)] // not started yet
    [InlineData("aad-bertil", "2026-11-24 23:00", false)] // first shift still ahead
    [InlineData("aad-nobody", "2026-11-24 23:00", false)] // not on the rota: off-rota, keeps claims
    [InlineData("aad-ville", "2026-11-24 22:00", true)]
    public void ShiftEndedFor_Person_TrueOnlyWhenTheirShiftIsOver(string person, string at, bool ended) =>
        Assert.Equal(ended, Tuesday.ShiftEndedFor(person, At(at)));

    [Theory]
    [InlineData("aad-aino", "2026-11-24 11:00", null)]
    [InlineData("aad-aino", "2026-11-24 12:30", "2026-11-24 12:00")]
    [InlineData("aad-aino", "2026-11-24 16:00", "2026-11-24 16:00")] // the later of her two shifts
    [InlineData("aad-nobody", "2026-11-24 23:00", null)]
    public void LastShiftEnd_Person_IsTheEndOfTheirLatestFinishedShift(string person, string at, string? end) =>
        Assert.Equal(end is null ? null : At(end), Tuesday.LastShiftEnd(person, At(at)));

    [Fact]
    public void Shift_EndBeforeStart_ThrowsNamingThePerson()
    {
        var error = Assert.Throws<ArgumentException>(() => new Shift(People.Aino, At("2026-11-24 16:00"), At("2026-11-24 08:00")));

        Assert.Contains("aad-aino", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shift_LocalOffsets_AreStoredAsUtc()
    {
        var shift = new Shift(People.Aino,
            new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.FromHours(2)));

        Assert.Equal((TimeSpan.Zero, Utc("2026-11-24 06:00")), (shift.Start.Offset, shift.Start));
    }

    [Fact]
    public void Empty_Anything_NoOneAndNoChange()
    {
        Assert.Empty(Rota.Empty.OnShift(At("2026-11-24 10:00")));
        Assert.Null(Rota.Empty.NextShiftChange(At("2026-11-24 10:00")));
        Assert.False(Rota.Empty.ShiftEndedFor("aino", At("2026-11-24 10:00")));
    }
}
