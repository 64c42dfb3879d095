namespace SomeTeams.Core.Triage;

/// <summary>Why a mention is sensitive (DESIGN.md rule 6). Any reason means approval and a suggested move to a private channel.</summary>
[Flags]
public enum SensitiveReasons
{
    None = 0,
    PersonalData = 1,
    Billing = 2,
    MoneyOwed = 4,
    Legal = 8,
    Media = 16,
    Health = 32,
    Safety = 64,
    Fraud = 128,
    Abuse = 256,
}
