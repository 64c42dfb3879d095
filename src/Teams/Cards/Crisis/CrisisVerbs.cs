namespace SomeTeams.Teams.Cards.Crisis;

/// <summary>
/// The verbs of the crisis card and the grouped card. Their data carries <see cref="CrisisId"/>
/// (and, for a claim, the case card's <see cref="CardInputs.CaseId"/> and <see cref="CardInputs.Version"/>).
/// </summary>
public static class CrisisVerbs
{
    /// <summary>A manager ends crisis mode: new mentions of the cluster get their own cards again.</summary>
    public const string EndCrisis = "endCrisis";

    /// <summary>Claims one case out of the grouped card; it gets its own card, held by the clicker.</summary>
    public const string ClaimFromGroup = "claimFromGroup";

    public const string CrisisId = "crisisId";
    public const string Cluster = "cluster";

    public static IReadOnlyList<string> All { get; } = [EndCrisis, ClaimFromGroup];
}
