namespace SomeTeams.Cli;

/// <summary>Reads a rule file a verb was pointed at; a missing or malformed file is a clear message, not a stack trace.</summary>
internal static class RulesFile
{
    public static async Task<T?> ReadAsync<T>(string path, Func<string, T> parse, TextWriter error, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            await error.WriteLineAsync($"someteams: cannot use rules file '{path}': {e.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
