using System.Security.Cryptography.X509Certificates;
using SomeTeams.Teams.BotFramework.Outbound;
using SomeTeams.TestKit.Fakes;

namespace SomeTeams.Teams.Tests.BotFramework;

public sealed class ConnectorModesTests
{
    private static readonly OutgoingActivity Hello = new() { Text = "Hello" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_WithCertificateCredential_SignsAClientAssertion()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"bot-{Guid.NewGuid():N}.pfx");
        try
        {
            await using (var probe = await ConnectorHarness.StartAsync())
            {
                // Any certificate with a private key will do as the app's credential.
                await File.WriteAllBytesAsync(pfx, probe.Tokens.Certificate.Export(X509ContentType.Pfx), Ct);
            }

            await using var h = await ConnectorHarness.StartAsync(new() { ["Bot:ClientSecret"] = null, ["Bot:CertificatePath"] = pfx });

            Assert.True((await h.Client.SendAsync(h.Target, Hello, Ct)).IsOk);

            var form = Assert.Single(h.Tokens.Requests);
            Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
            Assert.Equal(3, form["client_assertion"].Split('.').Length);
            Assert.False(form.ContainsKey("client_secret"));
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    [Fact]
    public async Task Send_WithManagedIdentity_UsesTheIdentityEndpointsToken()
    {
        await using var identity = await FakeManagedIdentityEndpoint.StartAsync();

        // The App Service variables are read when the credential is first used; no other test uses one.
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", identity.Endpoint.ToString());
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", FakeManagedIdentityEndpoint.Header);
        try
        {
            await using var h = await ConnectorHarness.StartAsync(new() { ["Bot:UseManagedIdentity"] = "true", ["Bot:ClientSecret"] = null });

            Assert.True((await h.Client.SendAsync(h.Target, Hello, Ct)).IsOk);

            Assert.Equal("Bearer fake-mi-token-1", Assert.Single(h.Connector.Requests).Authorization);
            var query = Assert.Single(identity.Requests);
            Assert.Equal("https://api.botframework.com", query["resource"]);
            Assert.Equal("0d5d5e4a-1111-4b2b-9c9c-000000000001", query["client_id"]);
            Assert.Empty(h.Tokens.Requests);
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }
    }

    [Fact]
    public async Task Send_InLocalMode_CarriesNoTokenAndAsksForNone()
    {
        await using var h = await ConnectorHarness.StartAsync(new() { ["Bot:AllowUnauthenticatedLocal"] = "true", ["Bot:ClientSecret"] = null });

        var result = await h.Client.SendAsync(h.Target, Hello, Ct);

        Assert.True(result.IsOk);
        Assert.Null(Assert.Single(h.Connector.Requests).Authorization);
        Assert.Empty(h.Tokens.Requests);
    }

    [Fact]
    public async Task Send_InLocalMode_RefusesNonLoopbackServiceUrl()
    {
        await using var h = await ConnectorHarness.StartAsync(new() { ["Bot:AllowUnauthenticatedLocal"] = "true" });

        var result = await h.Client.SendAsync(h.Target with { ServiceUrl = "https://smba.trafficmanager.net/emea/" }, Hello, Ct);

        Assert.Equal(ConnectorOutcome.Untrusted, result.Outcome);
    }

    [Fact]
    public async Task Send_BurstIntoOneChannel_StaysWithinTeamsLimits()
    {
        await using var h = await ConnectorHarness.StartAsync(enforceTeamsLimits: true);

        var sends = Enumerable.Range(0, 25).Select(i => h.Client.SendAsync(h.Target with { ConversationId = $"19:triage@thread.tacv2;messageid={i + 1}" }, Hello, Ct)).ToList();
        var all = Task.WhenAll(sends);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!all.IsCompleted && DateTime.UtcNow < deadline)
        {
            // Move the clock only while no granted request is still on its way, as a real clock would not jump mid-flight.
            var received = h.Connector.Requests.Count;
            if (h.Pacer.Granted == received && sends.Count(s => s.IsCompleted) == received)
            {
                h.Time.Advance(TimeSpan.FromMilliseconds(10));
            }

            await Task.WhenAny(all, Task.Delay(1, Ct));
        }

        Assert.True(all.IsCompleted, "the burst did not finish before the deadline");
        var results = await all;

        Assert.All(results, r => Assert.True(r.IsOk));
        Assert.DoesNotContain(h.Connector.Requests, r => r.StatusCode == 429);
        Assert.Equal(25, h.Connector.Requests.Count);
    }

    [Fact]
    public async Task Send_ConnectionRefused_IsRetriedBecauseNothingWasSent()
    {
        await using var h = await ConnectorHarness.StartAsync();
        var closed = ClosedLoopbackPort();
        var target = h.Target with { ServiceUrl = $"http://127.0.0.1:{closed}/emea/" };
        await using var refused = await ConnectorHarness.StartAsync(new() { ["Bot:TrustedServiceUrls:0"] = target.ServiceUrl });

        var started = refused.Time.GetUtcNow();

        var result = await refused.DriveAsync(refused.Client.SendAsync(target, Hello, Ct));

        Assert.Equal(ConnectorOutcome.Unavailable, result.Outcome);
        Assert.True(refused.Time.GetUtcNow() - started >= TimeSpan.FromSeconds(5), "gave up without backing off between attempts");
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
