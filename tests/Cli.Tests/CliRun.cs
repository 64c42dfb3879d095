using SomeTeams.Cli;

namespace SomeTeams.Cli.Tests;

/// <summary>Runs a verb in-process with string readers and writers.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var code = await CliCommands.RunAsync(args, reader, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
