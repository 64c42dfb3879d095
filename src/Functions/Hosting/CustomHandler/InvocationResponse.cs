namespace SomeTeams.Functions.Hosting.CustomHandler;

/// <summary>
/// What the host reads back (hosting-infra.md §1.5), in the documented PascalCase. Our functions
/// write their queue messages themselves, so <see cref="Outputs"/> stays empty.
/// </summary>
internal sealed record InvocationResponse(Dictionary<string, object?> Outputs, IReadOnlyList<string> Logs, object? ReturnValue)
{
    public static InvocationResponse Done(string log) => new([], [log], null);
}
