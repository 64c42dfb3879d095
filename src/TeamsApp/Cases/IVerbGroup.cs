namespace SomeTeams.TeamsApp.Cases;

/// <summary>A group of related verbs and the step each one makes of a click.</summary>
internal interface IVerbGroup
{
    static abstract IReadOnlyList<string> Verbs { get; }

    StepBuilder For(string verb);
}
