namespace SomeTeams.Connectors;

/// <summary>Counts the HTTP calls one fetch or action makes, including session refreshes (for quota and cost accounting).</summary>
internal sealed class CallTally
{
    public int Count { get; private set; }

    public void Add() => Count++;
}
