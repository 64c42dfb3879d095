using SomeTeams.Core.Cases;

namespace SomeTeams.Core.Policies;

/// <summary>
/// The shifts known for a window of time, whichever source they came from, and the questions
/// the timers ask of them: who works now, when does that change, whose shift is over.
/// </summary>
public sealed class Rota
{
    private readonly Shift[] _shifts;
    private readonly DateTimeOffset[] _changes;

    public Rota(IEnumerable<Shift> shifts)
    {
        ArgumentNullException.ThrowIfNull(shifts);
        _shifts = [.. shifts.OrderBy(s => s.Start).ThenBy(s => s.End)];
        _changes = [.. _shifts.SelectMany(s => new[] { s.Start, s.End }).Distinct().Order()];
    }

    public static Rota Empty { get; } = new([]);

    public IReadOnlyList<Shift> Shifts => _shifts;

    public IReadOnlyList<Shift> OnShift(DateTimeOffset at) => [.. _shifts.TakeWhile(s => s.Start <= at).Where(s => s.Covers(at))];

    /// <summary>People who may take an escalated approval at <paramref name="at"/>: approvers, as the case machine requires.</summary>
    public IReadOnlyList<Shift> ApproversOnShift(DateTimeOffset at) => [.. OnShift(at).Where(s => s.Person.Is(ActorRoles.Approver))];

    /// <summary>The first instant after <paramref name="after"/> at which someone starts or ends a shift; null past the rota's window.</summary>
    public DateTimeOffset? NextShiftChange(DateTimeOffset after)
    {
        var i = Array.BinarySearch(_changes, after);
        i = i >= 0 ? i + 1 : ~i;
        return i < _changes.Length ? _changes[i] : null;
    }

    /// <summary>
    /// True when the person is off shift at <paramref name="at"/> and their last shift before it
    /// has ended, so the claims they hold can go back to the queue. Someone the rota does not
    /// know, or whose first shift is still ahead, is working off-rota and keeps their claims.
    /// </summary>
    public bool ShiftEndedFor(string personId, DateTimeOffset at)
    {
        var own = _shifts.Where(s => string.Equals(s.Person.Id, personId, StringComparison.Ordinal) && s.Start <= at).ToList();
        return own.Count > 0 && own.All(s => s.End <= at);
    }

    /// <summary>The end of the person's latest shift that ended by <paramref name="at"/>; null when none has.</summary>
    public DateTimeOffset? LastShiftEnd(string personId, DateTimeOffset at) =>
        _shifts.Where(s => string.Equals(s.Person.Id, personId, StringComparison.Ordinal) && s.End <= at).Select(s => (DateTimeOffset?)s.End).Max();
}
