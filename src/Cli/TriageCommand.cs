using System.Text.Json;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;

namespace SomeTeams.Cli;

/// <summary>
/// `triage [--rules file.json]`: JSON lines {"id","network","text"} on stdin (optional "followers",
/// "ageMinutes"), one JSON line out per line in. A bad line gets an {"id","error"} line and exit code 1.
/// </summary>
internal static class TriageCommand
{
    public const string Summary = "triage JSON lines {id,network,text} from stdin, one result line each";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = CliOptions.Parse(args, ["--rules"], []);
        if (options.Error is not null)
        {
            await error.WriteLineAsync($"someteams triage: {options.Error}").ConfigureAwait(false);
            return 2;
        }

        var triager = Triager.Default;
        if (options.Value("--rules") is { } path)
        {
            var rules = await RulesFile.ReadAsync(path, TriageRules.Parse, error, cancellationToken).ConfigureAwait(false);
            if (rules is null)
            {
                return 2;
            }

            triager = new Triager(TriageRules.Default.Plus(rules));
        }

        var failed = false;
        var lineNumber = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var json = Triage(triager, line, lineNumber, out var ok);
            failed |= !ok;
            await output.WriteLineAsync(json).ConfigureAwait(false);
        }

        return failed ? 1 : 0;
    }

    private static string Triage(Triager triager, string line, int lineNumber, out bool ok)
    {
        TriageInput? mention;
        try
        {
            mention = JsonSerializer.Deserialize(line, CliJson.Readable.TriageInput);
        }
        catch (JsonException e)
        {
            ok = false;
            return JsonSerializer.Serialize(new TriageError(null, $"line {lineNumber}: not JSON ({e.Message})"), CliJson.Readable.TriageError);
        }

        Network network = default;
        var problem = mention switch
        {
            null or { Text: null } => "\"text\" is required",
            { Network: null } => "\"network\" is required",
            _ when !TriageNames.TryParseNetwork(mention.Network, out network) => $"unknown network '{mention.Network}'",
            _ => null,
        };
        ok = problem is null;
        if (problem is not null)
        {
            return JsonSerializer.Serialize(new TriageError(mention?.Id, $"line {lineNumber}: {problem}"), CliJson.Readable.TriageError);
        }

        var age = TimeSpan.FromMinutes(Math.Max(0, mention!.AgeMinutes ?? 0));
        var r = triager.Triage(mention.Text!, network, mention.Followers, age);
        var result = new TriageOutput(
            mention.Id,
            r.Language,
            TriageNames.Name(r.Sentiment),
            TriageNames.Name(r.Topic),
            [.. r.Topics.Select(TriageNames.Name)],
            [.. r.PersonalData.Select(TriageNames.Name)],
            r.Sensitive,
            TriageNames.Name(r.Priority));
        return JsonSerializer.Serialize(result, CliJson.Readable.TriageOutput);
    }
}
