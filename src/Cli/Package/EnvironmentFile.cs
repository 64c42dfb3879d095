namespace SomeTeams.Cli.Package;

/// <summary>
/// An M365 Agents Toolkit environment: <c>env/.env.&lt;name&gt;</c> (committed) overlaid by the
/// optional <c>env/.env.&lt;name&gt;.user</c> (git-ignored, where the toolkit keeps SECRET_* values).
/// </summary>
internal static class EnvironmentFile
{
    public static async Task<(Dictionary<string, string> Values, List<string> Problems)> LoadAsync(
        string envFolder, string name, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var path = Path.Combine(envFolder, $".env.{name}");
        if (!File.Exists(path))
        {
            problems.Add($"environment file {path} not found (environments are env/.env.<name>)");
            return (values, problems);
        }

        foreach (var file in new[] { path, path + ".user" }.Where(File.Exists))
        {
            var lines = await File.ReadAllLinesAsync(file, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    problems.Add($"{file}:{i + 1}: expected NAME=value");
                    continue;
                }

                values[line[..equals].Trim()] = Unquote(line[(equals + 1)..].Trim());
            }
        }

        return (values, problems);
    }

    // As dotenv reads it: quotes keep everything inside; in an unquoted value " #" starts a comment.
    private static string Unquote(string value)
    {
        if (value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0])
        {
            return value[1..^1];
        }
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return comment >= 0 ? value[..comment].TrimEnd() : value;
    }
}
