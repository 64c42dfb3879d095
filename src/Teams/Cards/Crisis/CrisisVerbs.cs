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

    /// <summary>Saves the group's statement (a new revision) from the card's editor.</summary>
    public const string SaveStatement = "saveStatement";

    /// <summary>The statement's author asks for approval.</summary>
    public const string SubmitStatement = "submitStatement";

    /// <summary>An approver other than the author approves; the detector then sends it to the waiting cases.</summary>
    public const string ApproveStatement = "approveStatement";

    /// <summary>The editor's input id.</summary>
    public const string StatementText = "statementText";

    /// <summary>The revision the card showed, so a click from an older card is refused.</summary>
    public const string Revision = "revision";

    public const string CrisisId = "crisisId";
    public const string Cluster = "cluster";

    public static IReadOnlyList<string> All { get; } = [EndCrisis, ClaimFromGroup, SaveStatement, SubmitStatement, ApproveStatement];
}
