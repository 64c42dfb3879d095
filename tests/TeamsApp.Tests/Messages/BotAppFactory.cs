using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SomeTeams.TeamsApp.Messages;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TeamsApp.Tests.Messages;

/// <summary>
/// The real app, configured by settings, on its own tables and queues of the shared Azurite, with
/// recording handlers in place of the workflow's for the routes.
/// </summary>
internal sealed class BotAppFactory(AzuriteFixture azurite, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public const string AppId = "0d5d5e4a-1111-4b2b-9c9c-000000000001";

    public RecordingHandlers Record { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:ConnectionString", azurite.ConnectionString);
        builder.UseSetting("Storage:NamePrefix", "m" + Guid.NewGuid().ToString("N")[..10]);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IMessageHandler>();
            services.RemoveAll<ICardActionHandler>();
            services.AddSingleton(Record);
            services.AddSingleton<IMessageHandler>(Record);
            services.AddSingleton<IConversationEventHandler>(Record);
            services.AddSingleton<ICardActionHandler, ClaimHandler>();
        });
    }

    public static Dictionary<string, string?> Authenticated(Uri metadataUrl) => new()
    {
        ["Bot:AppId"] = AppId,
        ["Bot:TenantId"] = TestActivities.Tenant,
        ["Bot:ClientSecret"] = "not-a-real-secret",
        ["Bot:OpenIdMetadataUrl"] = metadataUrl.ToString(),
    };
}
