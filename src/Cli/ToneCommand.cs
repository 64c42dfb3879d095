using System.Text.Json;
using SomeTeams.Core.Tone;
using SomeTeams.Core.Triage;

namespace SomeTeams.Cli;

/// <summary>
/// `tone --network x --language fi [--private] [--complaint] [--sensitive] [--no-links] [--rules file.json]`:
/// checks the draft on stdin and writes {"needsApproval","canSend","findings":[{"code","severity","message"}]}.
/// </summary>
internal static class ToneCommand
{
    public const string Summary = "tone-check a draft from stdin (--network x --language fi)";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = CliOptions.Parse(args, ["--network", "--language", "--rules"], ["--private", "--complaint", "--sensitive", "--no-links"]);
        var network = default(Core.Mentions.Network);
        var problem = options.Error
            ?? (options.Value("--network") is not { } name ? "--network is required" : !TriageNames.TryParseNetwork(name, out network) ? $"unknown network '{name}'" : null)
            ?? (options.Value("--language") is null ? "--language is required (fi, sv or en)" : null);
        if (problem is not null)
        {
            await error.WriteLineAsync($"someteams tone: {problem}").ConfigureAwait(false);
            return 2;
        }

        var check = ToneCheck.Default;
        if (options.Value("--rules") is { } path)
        {
            var rules = await RulesFile.ReadAsync(path, ToneRules.Parse, error, cancellationToken).ConfigureAwait(false);
            if (rules is null)
            {
                return 2;
            }

            check = new ToneCheck(ToneRules.Default.Plus(rules));
        }

        var draft = (await input.ReadToEndAsync(cancellationToken).ConfigureAwait(false)).TrimEnd('\r', '\n');
        var request = new ToneRequest(draft, network, options.Value("--language")!, !options.Has("--private"), options.Has("--complaint"), options.Has("--sensitive"), !options.Has("--no-links"));
        var report = check.Check(request);
        var result = new ToneOutput(report.NeedsApproval, report.CanSend, [.. report.Findings.Select(f => new ToneFindingOutput(f.Code, f.Severity.ToString().ToLowerInvariant(), f.Message))]);
        await output.WriteLineAsync(JsonSerializer.Serialize(result, CliJson.Readable.ToneOutput)).ConfigureAwait(false);
        return 0;
    }
}
