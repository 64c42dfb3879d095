using SomeTeams.Core.Policies;
using SomeTeams.Core.Triage;
using SomeTeams.Teams.Policies;

namespace SomeTeams.Functions.Pipeline;

/// <summary>
/// The team policies the pipeline reads from configuration, checked at start-up.
/// <list type="bullet">
/// <item><c>Routing:File</c> (a JSON file as <see cref="RoutingTable.Parse"/> reads it) or <c>Routing:Json</c>;
/// without either, everything goes to the channel <c>Routing:Default</c> (default "triage").</item>
/// <item>The SLA clock on the team's service hours, as both hosts read it (<see cref="TeamSla"/>).</item>
/// </list>
/// </summary>
public static class PipelinePolicies
{
    public const string DefaultChannel = "triage";

    public static RoutingTable Routing(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["Routing:File"] is { Length: > 0 } path)
        {
            return RoutingTable.Parse(File.ReadAllText(path));
        }

        return configuration["Routing:Json"] is { Length: > 0 } json
            ? RoutingTable.Parse(json)
            : new RoutingTable([], configuration["Routing:Default"] is { Length: > 0 } channel ? channel : DefaultChannel);
    }

    public static SlaClock Sla(IConfiguration configuration) => TeamSla.From(configuration);
}
