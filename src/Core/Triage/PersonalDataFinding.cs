namespace SomeTeams.Core.Triage;

/// <summary>One piece of personal data in a text: what it is and where (offsets into the original text).</summary>
public readonly record struct PersonalDataFinding(PersonalDataKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(PersonalDataFinding other) => Start < other.End && other.Start < End;
}
