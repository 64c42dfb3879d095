using SomeTeams.Core.Cases;

namespace SomeTeams.TestKit.Builders;

/// <summary>The team the tests act as: two agents, an approving manager, an evening-shift agent.</summary>
public static class People
{
    public static Actor Aino { get; } = new("aad-aino", "Aino Agent", ActorRoles.Agent);
    public static Actor Bertil { get; } = new("aad-bertil", "Bertil Agent", ActorRoles.Agent);
    public static Actor Eveliina { get; } = new("aad-eveliina", "Eveliina Evening", ActorRoles.Agent);
    public static Actor Maija { get; } = new("aad-maija", "Maija Manager", ActorRoles.Agent | ActorRoles.Approver | ActorRoles.Manager);
}
