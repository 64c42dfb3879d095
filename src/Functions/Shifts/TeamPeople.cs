using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;

namespace SomeTeams.Functions.Shifts;

/// <summary>
/// The care team as the timers know it: people from <c>Shifts:People</c>, roles from
/// <c>Approvers:UserIds</c> and <c>Managers:UserIds</c> (the keys the bot reads too), so a person
/// found in Teams Shifts or in the rota is an <see cref="Actor"/> with the same roles everywhere.
/// </summary>
public sealed class TeamPeople
{
    private readonly Dictionary<string, ShiftPerson> _people;
    private readonly HashSet<string> _approvers;
    private readonly HashSet<string> _managers;

    public TeamPeople(IConfiguration configuration, IOptions<ShiftOptions> options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        _people = options.Value.People.Where(p => p.Id.Length > 0).ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        _approvers = Ids(configuration, "Approvers:UserIds");
        _managers = Ids(configuration, "Managers:UserIds");
    }

    public IReadOnlyList<Actor> Managers => [.. _managers.Order(StringComparer.Ordinal).Select(id => Find(id)!)];

    public bool IsManager(string id) => _managers.Contains(id);

    /// <summary>A person the team knows (in the rota or a role), or null for anyone else.</summary>
    public Actor? Find(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || !(_people.ContainsKey(id) || _approvers.Contains(id) || _managers.Contains(id)))
        {
            return null;
        }

        var roles = ActorRoles.Agent | (_approvers.Contains(id) ? ActorRoles.Approver : 0) | (_managers.Contains(id) ? ActorRoles.Manager : 0);
        var name = _people.TryGetValue(id, out var p) && p.Name.Length > 0 ? p.Name : id;
        return new Actor(id, name, roles);
    }

    /// <summary>The configured weekly rota in the team's time zone; no shifts start on the team's holidays.</summary>
    public WeeklyRota Rota(ServiceHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var entries = _people.Values.Where(p => p.Hours.Length > 0).SelectMany(p =>
            WeeklyHours.Parse(p.Hours).Select(i => new RotaEntry(Find(p.Id)!, i.Day, i.Opens, i.Closes)));
        return new WeeklyRota(hours.TimeZoneId, entries, hours.Holidays);
    }

    private static HashSet<string> Ids(IConfiguration configuration, string key) =>
        new(configuration.GetSection(key).GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0), StringComparer.OrdinalIgnoreCase);
}
