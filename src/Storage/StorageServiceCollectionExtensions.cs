using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SomeTeams.Core.Accounts;
using SomeTeams.Storage.Accounts;
using SomeTeams.Storage.Cases;
using SomeTeams.Storage.Cursors;
using SomeTeams.Storage.Leases;
using SomeTeams.Storage.Mentions;
using SomeTeams.Storage.Queues;

namespace SomeTeams.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Binds and validates <c>Storage</c>, and registers the stores, the queues and the start-up initializer.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton<StorageClients>();
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageClients>().Names);
        services.TryAddSingleton<StorageInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());
        services.TryAddSingleton<CaseStore>();
        services.TryAddSingleton<SendAttemptStore>();
        services.TryAddSingleton<CardLocationStore>();
        services.TryAddSingleton<MentionStore>();
        services.TryAddSingleton<CursorStore>();
        services.TryAddSingleton<LeaseStore>();
        services.TryAddSingleton<WorkQueues>();
        services.TryAddSingleton<Crisis.CrisisStore>();
        services.TryAddSingleton<Telemetry.StorageHealth>();
        services.TryAddSingleton<AccountHealthStore>();
        services.TryAddSingleton<IAccountHealthStore>(sp => sp.GetRequiredService<AccountHealthStore>());
        services.TryAddSingleton<ICredentialStore, CredentialStore>();
        services.TryAddSingleton<IQuotaLedger, QuotaLedger>();
        services.TryAddSingleton<Notices.NoticeMarkStore>();
        services.TryAddSingleton<StatsSource>();
        return services;
    }
}
