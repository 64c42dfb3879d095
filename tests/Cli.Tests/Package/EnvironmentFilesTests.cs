using System.Text.RegularExpressions;

namespace SomeTeams.Cli.Tests.Package;

/// <summary>
/// The committed env/ files declare every variable the manifest, the toolkit lifecycle and the
/// Bicep outputs use, so both deploy paths (toolkit and infra/README.md) can fill them in.
/// </summary>
public sealed partial class EnvironmentFilesTests
{
    private static readonly string Root = PackageWorkspace.RepositoryRoot;

    [GeneratedRegex(@"\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^output ([A-Z_]+) ", RegexOptions.Multiline)]
    private static partial Regex BicepOutput();

    [Theory]
    [InlineData("dev")]
    [InlineData("local")]
    public void EnvironmentFile_DeclaresEveryManifestPlaceholder(string environment)
    {
        var declared = Declared(environment);

        Assert.All(Placeholders("manifest/manifest.json", "manifest/fi.json", "manifest/sv.json"), name => Assert.Contains(name, declared));
    }

    [Fact]
    public void DevEnvironmentFile_DeclaresEveryToolkitPlaceholderAndBicepOutput()
    {
        var declared = Declared("dev");
        var outputs = BicepOutput().Matches(File.ReadAllText(Path.Combine(Root, "infra", "main.bicep"))).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("BOT_ID", outputs);
        Assert.Contains("BOT_DOMAIN", outputs);
        Assert.All(outputs, name => Assert.Contains(name, declared));
        Assert.All(Placeholders("m365agents.yml", "infra/main.parameters.json"), name => Assert.Contains(name, declared));
    }

    [Fact]
    public void LocalEnvironmentFile_HoldsNoSecrets()
    {
        var names = Declared("local");

        Assert.DoesNotContain(names, n => n.StartsWith("SECRET_", StringComparison.Ordinal) || n.Contains("PASSWORD", StringComparison.Ordinal));
    }

    private static HashSet<string> Declared(string environment) =>
        File.ReadAllLines(Path.Combine(Root, "env", $".env.{environment}"))
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.TrimStart().StartsWith('#'))
            .Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)].Trim())
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Placeholders(params string[] files) =>
        files.SelectMany(f => Placeholder().Matches(File.ReadAllText(Path.Combine(Root, f))).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
}
