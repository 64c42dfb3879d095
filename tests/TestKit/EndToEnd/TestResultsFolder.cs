using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TestKit.EndToEnd;

/// <summary>Where screenshots and logs a person should look at go: <c>$SOMETEAMS_TEST_RESULTS</c> (set by eng/run-tests.sh) or <c>TestResults/</c>.</summary>
public static class TestResultsFolder
{
    public static string Path()
    {
        var folder = Environment.GetEnvironmentVariable("SOMETEAMS_TEST_RESULTS") is { Length: > 0 } configured
            ? configured
            : System.IO.Path.Combine(RepositoryRoot.Find(), "TestResults");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
