namespace SomeTeams.Connectors;

/// <summary>Counts the HTTP calls of one fetch or action (pay-per-use accounting).</summary>
internal sealed class CallCounter
{
    private int count;

    public int Count => count;

    public void Add() => Interlocked.Increment(ref count);
}
