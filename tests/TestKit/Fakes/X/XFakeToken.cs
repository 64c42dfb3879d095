using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SomeTeams.TestKit.Fakes.Loopback;

namespace SomeTeams.TestKit.Fakes.X;

/// <summary>POST /2/oauth2/token with the refresh_token grant; X rotates both tokens on every refresh (§2.2).</summary>
internal static class XFakeToken
{
    private static int issued = 1;

    public static Task HandleAsync(XFake fake, HttpContext context, RecordedRequest request)
    {
        var form = request.Body.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""));
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{fake.ClientId}:{fake.ClientSecret}"));
        if (request.Header("Authorization") != basic)
        {
            return context.WriteJsonAsync(401, new JsonObject { ["error"] = "unauthorized_client", ["error_description"] = "Missing valid authorization header" });
        }

        if (form.GetValueOrDefault("grant_type") != "refresh_token" || form.GetValueOrDefault("refresh_token") != fake.ValidRefreshToken)
        {
            return context.WriteJsonAsync(400, new JsonObject { ["error"] = "invalid_request", ["error_description"] = "Value passed for the token was invalid." });
        }

        var n = Interlocked.Increment(ref issued);
        var access = $"user-token-r{n}";
        fake.ValidAccessTokens.Clear();
        fake.ValidAccessTokens[access] = true;
        fake.ValidRefreshToken = $"refresh-r{n}";
        return context.WriteJsonAsync(200, new JsonObject
        {
            ["token_type"] = "bearer",
            ["expires_in"] = 7200,
            ["access_token"] = access,
            ["scope"] = "tweet.read users.read tweet.write tweet.moderate.write dm.read dm.write offline.access",
            ["refresh_token"] = fake.ValidRefreshToken,
        });
    }
}
