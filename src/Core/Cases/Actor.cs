namespace SomeTeams.Core.Cases;

/// <summary>Who acts on a case: a person (their Entra object id) with their roles, or the system.</summary>
public sealed record Actor(string Id, string Name, ActorRoles Roles)
{
    public static Actor System { get; } = new("system", "SomeTeams", ActorRoles.System);

    public bool Is(ActorRoles role) => (Roles & role) == role;

    public bool IsSamePerson(Actor? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <summary>Managers and the system may release, reassign or close a case someone else holds.</summary>
    public bool MaySupervise => Is(ActorRoles.Manager) || Is(ActorRoles.System);
}
