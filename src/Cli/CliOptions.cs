namespace SomeTeams.Cli;

/// <summary>"--name value" options and "--flag" switches of one verb; anything unknown is an error the user sees.</summary>
internal sealed class CliOptions
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private CliOptions()
    {
    }

    public string? Error { get; private set; }

    public static CliOptions Parse(string[] args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> switches)
    {
        var options = new CliOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (switches.Contains(name))
            {
                options.flags.Add(name);
            }
            else if (valued.Contains(name) && i + 1 < args.Length)
            {
                options.values[name] = args[++i];
            }
            else
            {
                options.Error = valued.Contains(name) ? $"option {name} needs a value" : $"unknown option '{name}'";
                break;
            }
        }

        return options;
    }

    public string? Value(string name) => values.GetValueOrDefault(name);

    public bool Has(string name) => flags.Contains(name);
}
