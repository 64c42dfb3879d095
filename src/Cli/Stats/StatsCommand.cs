using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.Core.Stats;
using SomeTeams.Storage;
using SomeTeams.Storage.Cases;

namespace SomeTeams.Cli.Stats;

/// <summary>
/// `stats --from yyyy-mm-dd --to yyyy-mm-dd [--out file.csv] [--include-agents]`: the manager's
/// figures for the cases opened in those days, as CSV (<see cref="StatsCsv"/>), read from the
/// tables named by the Storage settings (environment: <c>Storage__ConnectionString</c>, or the
/// service URI with a managed identity). Service hours are the default or <c>--hours</c>; the SLA
/// policy is the default one; the backlog is as of now.
/// </summary>
internal static class StatsCommand
{
    public const string Summary = "export the manager's figures for a period as CSV (--from --to [--out] [--include-agents] [--hours])";

    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, new ConfigurationBuilder().AddEnvironmentVariables().Build(), TimeProvider.System, output, error, cancellationToken);

    internal static async Task<int> RunAsync(string[] args, IConfiguration configuration, TimeProvider time, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (arguments, problem) = StatsArguments.Parse(args);
        if (arguments is null)
        {
            await error.WriteLineAsync($"someteams stats: {problem}").ConfigureAwait(false);
            return 2;
        }

        await using var services = new ServiceCollection().AddSingleton(time).AddStorage(configuration).BuildServiceProvider();
        try
        {
            _ = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"someteams stats: {e.Message}").ConfigureAwait(false);
            return 2;
        }

        var report = await ComputeAsync(services.GetRequiredService<CaseStore>(), arguments, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var csv = StatsCsv.Write(report, arguments.IncludeAgents);
        if (arguments.OutPath is { } path)
        {
            // With a byte-order mark, so a spreadsheet opens "Mäkinen" as UTF-8.
            await File.WriteAllTextAsync(path, csv, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"{report.Cases} cases from {StatsCsv.Instant(report.Period.From)} to {StatsCsv.Instant(report.Period.To)} written to {path}").ConfigureAwait(false);
        }
        else
        {
            await output.WriteAsync(csv).ConfigureAwait(false);
        }
        return 0;
    }

    private static async Task<StatsReport> ComputeAsync(CaseStore store, StatsArguments arguments, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = new List<Case>();
        var histories = new List<CaseHistory>();
        await foreach (var c in store.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (c.State is not (CaseState.Sent or CaseState.Closed))
            {
                open.Add(c);
            }
            if (arguments.Period.Contains(c.OpenedAt))
            {
                histories.Add(new CaseHistory(c, await store.GetAuditAsync(c.Id, cancellationToken).ConfigureAwait(false)));
            }
        }
        var sla = new SlaClock(new BusinessClock(arguments.Hours), SlaPolicy.Default);
        return StatsCalculator.Compute(arguments.Period, histories, open, sla, arguments.Vip, now);
    }
}
