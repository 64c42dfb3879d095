namespace SomeTeams.Core.Policies;

/// <summary>What a person on shift may do: agents answer, approvers also approve, managers also set policy.</summary>
public enum ShiftRole
{
    Agent,
    Approver,
    Manager,
}
