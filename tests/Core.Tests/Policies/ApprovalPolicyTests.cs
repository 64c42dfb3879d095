using SomeTeams.Core.Policies;
using static SomeTeams.Core.Tests.Policies.Helsinki;

namespace SomeTeams.Core.Tests.Policies;

public sealed class ApprovalPolicyTests
{
    private static readonly BusinessClock Office = new(ServiceHours.Default);

    [Fact]
    public void EscalatesAt_SubmittedMidMorning_IsThirtyMinutesLater() =>
        Assert.Equal(At("2026-11-24 10:30"), ApprovalPolicy.Default.EscalatesAt(At("2026-11-24 10:00"), Office));

    [Fact]
    public void EscalatesAt_SubmittedBeforeClosing_IsNextMorning() =>
        Assert.Equal(At("2026-11-25 09:20"), ApprovalPolicy.Default.EscalatesAt(At("2026-11-24 16:50"), Office));

    [Theory]
    [InlineData("2026-11-24 10:29", false)]
    [InlineData("2026-11-24 10:30", true)]
    public void ShouldEscalate_AroundThirtyMinutes_FlipsExactlyThere(string now, bool expected) =>
        Assert.Equal(expected, ApprovalPolicy.Default.ShouldEscalate(At("2026-11-24 10:00"), At(now), Office));

    [Fact]
    public void Constructor_ZeroWait_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApprovalPolicy(TimeSpan.Zero));
}
