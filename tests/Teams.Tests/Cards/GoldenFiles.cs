namespace SomeTeams.Teams.Tests.Cards;

/// <summary>
/// Golden files beside the tests: a mismatch writes "<name>.received.json" next to the golden
/// for a person to diff; SOMETEAMS_ACCEPT_GOLDEN=1 (re)writes the goldens instead.
/// </summary>
public static class GoldenFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Folder => Path.Combine(RepoRoot, "tests", "Teams.Tests", "Cards", "Golden");

    public static bool Accepting => Environment.GetEnvironmentVariable("SOMETEAMS_ACCEPT_GOLDEN") == "1";

    public static void Verify(string name, string actual) => Verify(Folder, name, actual);

    public static void Verify(string folder, string name, string actual)
    {
        var golden = Path.Combine(folder, name + ".json");
        var received = Path.Combine(folder, name + ".received.json");
        actual = actual.ReplaceLineEndings("\n") + "\n";
        if (Accepting)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(golden, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(golden) ? File.ReadAllText(golden).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No golden file {golden}; the rendering is in {received}. Review it, then run with SOMETEAMS_ACCEPT_GOLDEN=1."
            : $"The card differs from {golden}; see {received}. If the change is intended, run with SOMETEAMS_ACCEPT_GOLDEN=1.");
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SomeTeams.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SomeTeams.sln above {AppContext.BaseDirectory}.");
    }
}
