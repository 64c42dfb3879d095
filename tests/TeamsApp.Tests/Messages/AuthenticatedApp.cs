using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Teams.BotFramework.Conversations;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.TeamsApp.Tests.Messages;

/// <summary>The app with authentication on, trusting a fake OpenID server; shared by a test class.</summary>
public sealed class AuthenticatedApp(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotAppFactory? factory;

    public FakeOpenIdServer OpenId { get; private set; } = null!;

    internal RecordingHandlers Record => factory!.Record;

    internal IConversationReferenceStore Store => factory!.Services.GetRequiredService<IConversationReferenceStore>();

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        OpenId = await FakeOpenIdServer.StartAsync();
        factory = new BotAppFactory(azurite, BotAppFactory.Authenticated(OpenId.MetadataUrl));
        Client = factory.CreateClient();
    }

    public FakeBotToken Token(string serviceUrl = TestActivities.ServiceUrl) => new() { Audience = BotAppFactory.AppId, ServiceUrl = serviceUrl, SigningKey = OpenId.DefaultKey };

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, FakeBotToken? token) =>
        PostAsync(activity.ToJsonString(), token is null ? null : "Bearer " + OpenId.Mint(token));

    public async Task<HttpResponseMessage> PostAsync(string body, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await OpenId.DisposeAsync();
    }
}
