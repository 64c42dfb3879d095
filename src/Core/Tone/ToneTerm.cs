namespace SomeTeams.Core.Tone;

/// <summary>The kinds of term a tone rule file lists; the JSON names are the lower-case plurals.</summary>
public enum ToneTerm
{
    Profanity,
    Insults,
    Blame,
    Sarcasm,
    Canned,
    Apology,
    Thanks,
    Please,
    Filler,
}
