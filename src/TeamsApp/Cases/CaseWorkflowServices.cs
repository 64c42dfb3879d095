using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using SomeTeams.Connectors.Ai;
using SomeTeams.Core.Templates;
using SomeTeams.Core.Tone;
using SomeTeams.Teams.BotFramework.Conversations;
using SomeTeams.Teams.Graph;
using SomeTeams.Teams.Policies;
using SomeTeams.TeamsApp.Conversations;
using SomeTeams.TeamsApp.Messages;

namespace SomeTeams.TeamsApp.Cases;

internal static class CaseWorkflowServices
{
    /// <summary>The case workflow behind the card's verbs and the personal chat, on the stored cases.</summary>
    public static IServiceCollection AddCaseWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection(WorkflowOptions.Section))
            .Validate(o => o.CardUpdateWait > TimeSpan.Zero && o.CardUpdateWait <= TimeSpan.FromSeconds(3), "Workflow:CardUpdateWait must be over 0 and at most 3 s: a click is answered within about 4 s (bot-protocol.md §6.5).")
            .Validate(o => o.SuggestWithin > TimeSpan.Zero && o.SuggestWithin <= TimeSpan.FromSeconds(3), "Workflow:SuggestWithin must be over 0 and at most 3 s: a click is answered within about 4 s (bot-protocol.md §6.5).")
            .Validate(o => string.IsNullOrWhiteSpace(o.TemplatesPath) || File.Exists(o.TemplatesPath), "Workflow:TemplatesPath names a file that does not exist.")
            .ValidateOnStart();
        services.AddRole(RoleOptions.Approvers, configuration).AddRole(RoleOptions.Managers, configuration);

        // Role groups are checked through Graph. Another host part may have added the Graph edge already.
        if (!services.Any(d => d.ServiceType == typeof(GraphServiceClient)))
        {
            services.AddGraph(configuration);
        }

        services.TryAddSingleton<GroupMembership>();

        // Replaces the in-memory store of AddTeams: references must outlive a restart and be shared by instances.
        services.Replace(ServiceDescriptor.Singleton<IConversationReferenceStore, TableConversationReferenceStore>());
        services.TryAddSingleton(ToneCheck.Default);
        services.TryAddSingleton(_ => TeamSla.From(configuration));
        services.TryAddSingleton(sp => TemplateCatalog.Load(sp.GetRequiredService<IOptions<WorkflowOptions>>().Value));
        services.AddSingleton<TemplateCatalog>();

        // After the host's template library: the suggester's templates are the brand's own.
        services.AddReplySuggestions(configuration);
        services.AddSingleton<ReplySuggestions>();
        services.AddSingleton<DraftReview>();
        services.AddSingleton<TeamRoles>();
        services.AddSingleton<TeamsUsers>();
        services.AddSingleton<CaseViews>();
        services.AddSingleton<ChannelCards>();
        services.AddSingleton<Notifier>();
        services.AddHostedService(sp => sp.GetRequiredService<Notifier>());
        services.AddSingleton<CaseActions>();
        services.AddSingleton<StatsChat>();
        services.AddSingleton<IMessageHandler, PersonalChat>();

        // Crisis mode: the crisis card's End and the grouped card's Claim (CrisisHandlers.cs).
        services.AddSingleton<CrisisHandlers>();
        services.AddSingleton<ICardActionHandler>(sp => new CrisisVerb(Teams.Cards.Crisis.CrisisVerbs.EndCrisis, sp.GetRequiredService<CrisisHandlers>().EndAsync));
        services.AddSingleton<ICardActionHandler>(sp => new CrisisVerb(Teams.Cards.Crisis.CrisisVerbs.ClaimFromGroup, sp.GetRequiredService<CrisisHandlers>().ClaimOutAsync));
        services.AddSingleton<StatementHandlers>();
        services.AddSingleton<ICardActionHandler>(sp => new CrisisVerb(Teams.Cards.Crisis.CrisisVerbs.SaveStatement, sp.GetRequiredService<StatementHandlers>().SaveAsync));
        services.AddSingleton<ICardActionHandler>(sp => new CrisisVerb(Teams.Cards.Crisis.CrisisVerbs.SubmitStatement, sp.GetRequiredService<StatementHandlers>().SubmitAsync));
        services.AddSingleton<ICardActionHandler>(sp => new CrisisVerb(Teams.Cards.Crisis.CrisisVerbs.ApproveStatement, sp.GetRequiredService<StatementHandlers>().ApproveAsync));
        return services.AddVerbs<ClaimHandlers>().AddVerbs<DraftHandlers>().AddVerbs<ApprovalHandlers>()
            .AddVerbs<SendHandlers>().AddVerbs<ModerationHandlers>().AddVerbs<NoteHandlers>().AddVerbs<SuggestHandlers>();
    }

    private static IServiceCollection AddRole(this IServiceCollection services, string role, IConfiguration configuration)
    {
        services.AddOptions<RoleOptions>(role).Bind(configuration.GetSection(role))
            .Validate<IOptions<GraphOptions>>((r, graph) => r.GroupIds.Count == 0 || CanAskGraph(graph.Value), $"{role}:GroupIds needs Graph: Graph:TenantId and Graph:ClientId (with a secret, certificate or UseManagedIdentity).")
            .ValidateOnStart();
        return services;
    }

    private static bool CanAskGraph(GraphOptions graph) =>
        !string.IsNullOrEmpty(graph.StaticToken) || (!string.IsNullOrWhiteSpace(graph.TenantId) && !string.IsNullOrWhiteSpace(graph.ClientId));

    private static IServiceCollection AddVerbs<TGroup>(this IServiceCollection services)
        where TGroup : class, IVerbGroup
    {
        services.TryAddSingleton<TGroup>();
        foreach (var verb in TGroup.Verbs)
        {
            services.AddSingleton<ICardActionHandler>(sp => new CaseVerb(verb, sp.GetRequiredService<TGroup>().For(verb), sp.GetRequiredService<CaseActions>()));
        }

        return services;
    }
}
