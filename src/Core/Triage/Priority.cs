namespace SomeTeams.Core.Triage;

/// <summary>How urgently a case wants a first response; ordered from least to most urgent.</summary>
public enum Priority
{
    Low,
    Normal,
    High,
    Urgent,
}
