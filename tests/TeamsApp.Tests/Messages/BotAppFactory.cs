using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.TeamsApp.Messages;

namespace SomeTeams.TeamsApp.Tests.Messages;

/// <summary>The real app, configured by settings, with recording handlers for the routes.</summary>
internal sealed class BotAppFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public const string AppId = "0d5d5e4a-1111-4b2b-9c9c-000000000001";

    public RecordingHandlers Record { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
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
