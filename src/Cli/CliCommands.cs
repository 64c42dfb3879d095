namespace SomeTeams.Cli;

/// <summary>The `someteams` verbs. Each verb is one class; this table is the only place they are listed.</summary>
internal static class CliCommands
{
    internal delegate Task<int> Verb(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken);

    private static readonly Dictionary<string, (string Summary, Verb Run)> Verbs = new(StringComparer.Ordinal)
    {
        ["package"] = (Package.PackageCommand.Summary, Package.PackageCommand.RunAsync),
        ["triage"] = (TriageCommand.Summary, TriageCommand.RunAsync),
        ["tone"] = (ToneCommand.Summary, ToneCommand.RunAsync),
        ["stats"] = (Stats.StatsCommand.Summary, Stats.StatsCommand.RunAsync),
    };

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            await WriteUsageAsync(output).ConfigureAwait(false);
            return args.Length == 0 ? 1 : 0;
        }

        if (!Verbs.TryGetValue(args[0], out var verb))
        {
            await error.WriteLineAsync($"someteams: unknown command '{args[0]}'. Run 'someteams help'.").ConfigureAwait(false);
            return 2;
        }

        return await verb.Run(args[1..], input, output, error, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteUsageAsync(TextWriter output)
    {
        await output.WriteLineAsync("usage: someteams <command> [options]").ConfigureAwait(false);
        foreach (var (name, (summary, _)) in Verbs.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            await output.WriteLineAsync($"  {name,-10} {summary}").ConfigureAwait(false);
        }
    }
}
