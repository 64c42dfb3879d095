namespace SomeTeams.Core.Policies;

/// <summary>How far a case's first-response clock has run: warned at half and at 80 %, breached at the due time.</summary>
public enum SlaThreshold
{
    None,
    Half,
    EightyPercent,
    Breached,
}
