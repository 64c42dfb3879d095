namespace SomeTeams.Functions;

/// <summary>How this process runs the functions (configuration key <c>Worker:Mode</c>).</summary>
public enum WorkerMode
{
    /// <summary>Timers and queue listeners in this process: local runs, tests, an always-on worker.</summary>
    Embedded,

    /// <summary>Behind the Azure Functions host, which triggers each invocation over HTTP (hosting-infra.md §1).</summary>
    FunctionsCustomHandler,
}
