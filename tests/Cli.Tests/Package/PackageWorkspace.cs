namespace SomeTeams.Cli.Tests.Package;

/// <summary>
/// A temporary copy of the repository's manifest/ and env/ folders, so a test can change an
/// environment file or write a package without touching the working tree.
/// </summary>
internal sealed class PackageWorkspace : IDisposable
{
    public PackageWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("someteams-package-").FullName;
        Copy(Path.Combine(RepositoryRoot, "manifest"), Path.Combine(Root, "manifest"));
        Copy(Path.Combine(RepositoryRoot, "env"), Path.Combine(Root, "env"));
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Root { get; }

    public string Zip => Path.Combine(Root, "out", "app.zip");

    public void WriteEnvironment(string name, string text) => File.WriteAllText(Path.Combine(Root, "env", $".env.{name}"), text);

    public async Task<(int ExitCode, string Output, string Error)> PackageAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliCommands.RunAsync(["package", "--root", Root, "--out", Zip, .. args], TextReader.Null, output, error, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("build", StringComparison.Ordinal))
            {
                continue; // earlier local packages
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SomeTeams.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("SomeTeams.sln not found above the test binaries");
    }
}
