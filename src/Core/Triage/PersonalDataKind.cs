namespace SomeTeams.Core.Triage;

/// <summary>Personal data found in a text, each validated (checksums), not just shaped.</summary>
public enum PersonalDataKind
{
    Card,
    Iban,
    Hetu,
    Phone,
    Email,
}
