using SomeTeams.Core.Cases;
using SomeTeams.Core.Stats;
using SomeTeams.TestKit.Builders;
using static SomeTeams.Core.Tests.Stats.StatsCases;

namespace SomeTeams.Core.Tests.Stats;

public sealed class ApprovalAndBacklogTests
{
    private static StatsCases Submitted(DateTimeOffset at)
    {
        var c = Open(T0).Do(new Claim(People.Aino), at).Do(new SaveDraft(People.Aino, "Luonnos", DraftCheck.Clean), at);
        return c.Do(new SubmitForApproval(People.Aino), at);
    }

    [Fact]
    public void ApprovalTurnaround_EachSubmissionToItsDecision_PendingCountedApart()
    {
        var rejectedThenApproved = Submitted(T0)
            .Do(new Reject(People.Maija, "Liian tyly"), T0 + Min(10))
            .Do(new SaveDraft(People.Aino, "Parempi luonnos", DraftCheck.Clean), T0 + Min(12))
            .Do(new SubmitForApproval(People.Aino), T0 + Min(12))
            .Do(new Approve(People.Maija), T0 + Min(16));
        var editedAndApproved = Submitted(T0).Do(new Approve(People.Maija, "Muokattu", DraftCheck.Clean), T0 + Min(30));
        var stillWaiting = Submitted(T0 + Min(20));

        var report = Report([rejectedThenApproved, editedAndApproved, stillWaiting]);

        // Samples 10, 4 and 30 minutes: median 10, p90 rank ⌈2.7⌉ = 3 → 30.
        Assert.Equal(new DurationSummary(3, Min(10), Min(30)), report.ApprovalTurnaround);
        Assert.Equal(1, report.ApprovalsPending);
    }

    [Fact]
    public void ApprovalTurnaround_ClosedByManagerWhileWaiting_IsNeitherSampleNorPending()
    {
        var closed = Submitted(T0).Close(T0 + Min(40), CloseReason.MovedToPrivate, People.Maija);

        var report = Report([closed]);

        Assert.Equal(DurationSummary.Empty, report.ApprovalTurnaround);
        Assert.Equal(0, report.ApprovalsPending);
    }

    [Fact]
    public void Backlog_BucketsByWaitSinceClockStart_LowerBoundInclusive()
    {
        var asOf = T0.AddDays(10);
        Case OpenedAgo(TimeSpan age) => Open(asOf - age).Current;
        var open = new[]
        {
            OpenedAgo(Min(30)), OpenedAgo(TimeSpan.FromHours(1)), OpenedAgo(TimeSpan.FromHours(5)),
            OpenedAgo(TimeSpan.FromDays(2)), OpenedAgo(TimeSpan.FromDays(7)), OpenedAgo(TimeSpan.FromDays(8)),
            Open(asOf - Min(10)).Answer(asOf - Min(5)).Current,
        };

        var report = Report([], asOf: asOf, open: open);

        Assert.Equal([1, 1, 1, 1, 2], report.Backlog.Select(b => b.Count));
        Assert.Equal(["under_1h", "1h_to_4h", "4h_to_24h", "1d_to_7d", "7d_or_more"], report.Backlog.Select(b => b.Name));
    }

    [Fact]
    public void Backlog_SameCaseTwice_CountsOnce()
    {
        var c = Open(T0).Current;

        var backlog = BacklogAges.Of([c, c], T0 + Min(1));

        Assert.Equal(1, backlog.Sum(b => b.Count));
    }
}
