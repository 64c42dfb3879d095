namespace SomeTeams.TestKit.Telemetry;

/// <summary>
/// Tests that count process-wide metrics run alone, after the parallel ones, so another test's
/// 429 is not counted as theirs. Each test assembly declares its own definition with this name.
/// </summary>
public static class SerialTelemetry
{
    public const string Collection = "Serial telemetry";
}
