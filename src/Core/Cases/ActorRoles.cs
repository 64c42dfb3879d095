namespace SomeTeams.Core.Cases;

/// <summary>What a person may do. Approvers are a role (configured Entra ids or groups), never a name.</summary>
[Flags]
public enum ActorRoles
{
    None = 0,
    Agent = 1,
    Approver = 2,
    Manager = 4,
    Admin = 8,

    /// <summary>Timers and functions acting on their own (reaping a stale claim, recording a send).</summary>
    System = 16,
}
