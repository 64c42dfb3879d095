using System.Text.RegularExpressions;

namespace SomeTeams.Cli.Package;

/// <summary>The parsed arguments of <c>someteams package</c>; <see cref="Problem"/> says what is wrong with them.</summary>
internal sealed partial record PackageOptions(string Environment, string Root, string Output, string? Problem)
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentName();

    public static PackageOptions Parse(string[] args, string workingDirectory)
    {
        string? environment = null, output = null, root = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--env" when value is not null: environment = value; i++; break;
                case "--out" when value is not null: output = value; i++; break;
                case "--root" when value is not null: root = value; i++; break;
                default: return Failed($"unexpected argument '{args[i]}'");
            }
        }

        if (environment is null)
        {
            return Failed("--env <name> is required (the environment file env/.env.<name>)");
        }
        if (!EnvironmentName().IsMatch(environment))
        {
            return Failed($"'{environment}' is not an environment name (letters, digits, '-' and '_')");
        }

        root = root is null ? FindRoot(workingDirectory) : Path.GetFullPath(root, workingDirectory);
        if (root is null || !File.Exists(Path.Combine(root, "manifest", "manifest.json")))
        {
            return Failed($"no manifest/manifest.json in {root ?? workingDirectory} or above it; run from the repository or pass --root");
        }

        output = output is null
            ? Path.Combine(root, "manifest", "build", $"appPackage.{environment}.zip")
            : Path.GetFullPath(output, workingDirectory);
        return new PackageOptions(environment, root, output, null);
    }

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "manifest", "manifest.json")))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    private static PackageOptions Failed(string problem) => new("", "", "", problem);
}
