using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SomeTeams.Core.Templates;
using SomeTeams.Core.Tone;
using SomeTeams.Teams.BotFramework.Conversations;
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
            .Validate(o => o.ReopenDueIn > TimeSpan.Zero, "Workflow:ReopenDueIn must be positive.")
            .Validate(o => string.IsNullOrWhiteSpace(o.TemplatesPath) || File.Exists(o.TemplatesPath), "Workflow:TemplatesPath names a file that does not exist.")
            .ValidateOnStart();
        services.AddOptions<RoleOptions>(RoleOptions.Approvers).Bind(configuration.GetSection(RoleOptions.Approvers));
        services.AddOptions<RoleOptions>(RoleOptions.Managers).Bind(configuration.GetSection(RoleOptions.Managers));

        // Replaces the in-memory store of AddTeams: references must outlive a restart and be shared by instances.
        services.Replace(ServiceDescriptor.Singleton<IConversationReferenceStore, TableConversationReferenceStore>());
        services.TryAddSingleton(ToneCheck.Default);
        services.TryAddSingleton(sp => TemplateCatalog.Load(sp.GetRequiredService<IOptions<WorkflowOptions>>().Value));
        services.AddSingleton<TemplateCatalog>();
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
            .AddVerbs<SendHandlers>().AddVerbs<ModerationHandlers>().AddVerbs<NoteHandlers>();
    }

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
