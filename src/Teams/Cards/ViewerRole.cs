namespace SomeTeams.Teams.Cards;

/// <summary>Which view of a case card a person gets.</summary>
public enum ViewerRole
{
    /// <summary>Holds the case: the draft editor, templates and the tone check.</summary>
    Claimer,

    /// <summary>May approve this case's draft: an approver who neither holds it nor wrote its draft.</summary>
    Approver,

    /// <summary>Everyone else: the status, and Claim while the case is free.</summary>
    Other,
}
