using Microsoft.Identity.Client;

namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>MSAL's HTTP through IHttpClientFactory, so the token endpoint's client is configured like any other.</summary>
internal sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string Name = "BotFramework.Token";

    public HttpClient GetHttpClient() => factory.CreateClient(Name);
}
