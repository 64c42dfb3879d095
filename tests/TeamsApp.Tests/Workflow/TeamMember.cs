namespace SomeTeams.TeamsApp.Tests.Workflow;

/// <summary>A person as Teams presents them in an activity: the per-bot id, the Entra object id, the name.</summary>
internal sealed record TeamMember(string TeamsId, string AadObjectId, string Name)
{
    public static TeamMember Aino { get; } = new("29:1aino", "aad-aino", "Aino Agent");
    public static TeamMember Bertil { get; } = new("29:1bertil", "aad-bertil", "Bertil Agent");
    public static TeamMember Maija { get; } = new("29:1maija", "aad-maija", "Maija Manager");
}
