using System.Security.Cryptography;
using System.Text;

namespace SomeTeams.TestKit.Fakes.Meta;

/// <summary>Signs a webhook body exactly as Meta does (social-apis.md §9.2), for tests of receivers.</summary>
public static class MetaWebhookSender
{
    public static string Signature256(string rawBody, string appSecret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(rawBody)));
}
