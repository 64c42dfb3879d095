namespace SomeTeams.Core.Triage;

public enum Sentiment
{
    Negative,
    Neutral,
    Positive,
}
