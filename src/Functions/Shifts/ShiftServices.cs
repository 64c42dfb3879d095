using SomeTeams.Core.Stats;
using SomeTeams.Functions.Sla;
using SomeTeams.Teams.Graph;

namespace SomeTeams.Functions.Shifts;

public static class ShiftServices
{
    /// <summary>
    /// What the SLA, shift and digest timers need. Graph is always registered but optional: without
    /// a Graph credential the rota is the configured one and notices go as personal messages.
    /// </summary>
    public static IServiceCollection AddShifts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddGraph(configuration);
        services.AddOptions<ShiftOptions>().Bind(configuration.GetSection(ShiftOptions.Section))
            .Validate(o => o.ReleaseGrace >= TimeSpan.Zero, "Shifts:ReleaseGrace must not be negative.")
            .Validate(o => o.HandoverItems is > 0 and <= 40, "Shifts:HandoverItems must be 1–40 (Teams' message size).")
            .Validate(o => o.People.All(p => p.Id.Length > 0), "Every Shifts:People entry needs an Id.")
            .ValidateOnStart();
        services.AddOptions<SlaOptions>().Bind(configuration.GetSection(SlaOptions.Section))
            .Validate(o => o.EscalateApprovalAfter > TimeSpan.Zero, "Sla:EscalateApprovalAfter must be positive.")
            .ValidateOnStart();
        services.AddSingleton<TeamPeople>();
        services.AddSingleton<ShiftRoster>();
        services.AddSingleton<OnceOnly>();
        services.AddSingleton<TeamsMessages>();
        services.AddSingleton<PersonNotices>();
        services.AddSingleton<CardPainter>();
        services.AddSingleton<SlaWarnings>();
        services.AddSingleton<ApprovalEscalation>();
        services.AddSingleton<ClaimReaper>();
        services.AddSingleton(Vip(configuration));
        return services;
    }

    /// <summary><c>Stats:VipMinFollowers</c> and <c>Stats:VipAuthors</c> ("network:id"), as the CLI's options.</summary>
    public static VipRule Vip(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var authors = configuration.GetSection("Stats:VipAuthors").GetChildren().Select(c => c.Value).OfType<string>();
        return new VipRule(configuration.GetValue<long?>("Stats:VipMinFollowers"), authors);
    }
}
