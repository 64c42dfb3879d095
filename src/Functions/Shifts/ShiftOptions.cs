namespace SomeTeams.Functions.Shifts;

/// <summary>
/// The <c>Shifts</c> section: the care team's people with their weekly hours (the configured rota,
/// used when the team does not use Teams Shifts), and how the timers treat shift ends.
/// </summary>
public sealed class ShiftOptions
{
    public const string Section = "Shifts";

    /// <summary><c>Shifts:People:{n}:Id</c> (Entra object id), <c>:Name</c>, <c>:Hours</c> (WeeklyHours syntax, e.g. "mon-fri 08:00-16:00").</summary>
    public List<ShiftPerson> People { get; } = [];

    /// <summary>A claim outlives its holder's shift by this much before it goes back to the queue.</summary>
    public TimeSpan ReleaseGrace { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Also release the claims of people who are on shift but offline per Graph presence (claimed
    /// at least <see cref="ReleaseGrace"/> ago). Off by default: presence is advisory, and some works
    /// councils do not allow using it this way.
    /// </summary>
    public bool ReleaseWhenOffline { get; set; }

    /// <summary>The route (Channels:{route}) the handover digest goes to; the catch-all <c>*</c> when it has no entry.</summary>
    public string HandoverRoute { get; set; } = "triage";

    /// <summary>The route of the managers' channel, where the weekly digest goes.</summary>
    public string ManagersRoute { get; set; } = "managers";

    /// <summary>At most this many cases get their own line and Claim button; the rest are counted (Teams' message size).</summary>
    public int HandoverItems { get; set; } = 20;
}

/// <summary>One person of the care team and their weekly hours in the team's time zone.</summary>
public sealed class ShiftPerson
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Hours { get; set; } = "";
}
