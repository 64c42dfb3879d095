namespace SomeTeams.TestKit.Azurite;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries that holds SomeTeams.sln.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SomeTeams.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SomeTeams.sln above {AppContext.BaseDirectory}; run the tests from a checkout of the repository.");
    }
}
