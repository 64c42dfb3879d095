using SomeTeams.Core.Cases;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TeamsApp.Tests.Workflow;

/// <summary>A case reopened by hand is due on the business clock of the service hours, as a new case with its triage would be.</summary>
public sealed class ReopenDueTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The test cases are negative and of normal priority: 45 minutes of service time at most.
    [Theory]
    [InlineData("2026-11-27T14:30:00Z", "2026-11-27T15:15:00Z")] // Friday 16:30 in Helsinki: due 17:15 the same day
    [InlineData("2026-11-27T17:45:00Z", "2026-11-30T06:30:00Z")] // Friday 19:45: 15 min on Friday, 30 on Monday → Monday 08:30
    [InlineData("2026-11-28T10:00:00Z", "2026-11-30T06:45:00Z")] // Saturday: the clock starts Monday 08:00 → 08:45
    public async Task Reopen_ByHand_DueOnTheServiceHoursClock(string reopenedAt, string due)
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct);
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "close", c, 1, ("closeReason", "Duplicate")), Ct);
        app.Time.SetUtcNow(DateTimeOffset.Parse(reopenedAt, System.Globalization.CultureInfo.InvariantCulture));

        await app.PostAsync(app.Click(TeamMember.Bertil, "reopen", c, 2), Ct);

        var stored = await app.Cases.GetAsync(c.Id, Ct);
        Assert.Equal(CaseState.New, stored!.State);
        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), stored.DueAt);
    }

    [Fact]
    public async Task Reopen_OtherServiceHoursConfigured_ThoseHoursCount()
    {
        await using var app = await WorkflowApp.StartAsync(azurite, Ct, ("ServiceHours:Weekly", "mon-sun 10:00-18:00"));
        var c = await app.OpenCaseAsync(sensitive: false, Ct);
        await app.PostAsync(app.Click(TeamMember.Bertil, "close", c, 1, ("closeReason", "Duplicate")), Ct);
        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 7, 0, 0, TimeSpan.Zero)); // Saturday 09:00 in Helsinki

        await app.PostAsync(app.Click(TeamMember.Bertil, "reopen", c, 2), Ct);

        Assert.Equal(new DateTimeOffset(2026, 11, 28, 8, 45, 0, TimeSpan.Zero), (await app.Cases.GetAsync(c.Id, Ct))!.DueAt);
    }
}
