using System.Security.Cryptography;
using System.Text;

namespace SomeTeams.Connectors.Demo;

/// <summary>
/// Where the demo source's items and our replies to them can be looked at: pages the functions
/// host serves (<c>/demo/posts/{id}</c>) when <paramref name="PageBase"/> is known, else
/// addresses under a reserved name that lead nowhere.
/// </summary>
public sealed record DemoLinks(Uri? PageBase)
{
    private static readonly Uri Nowhere = new("https://demo.someteams.invalid/");

    public Uri Post(string externalId) => new(PageBase ?? Nowhere, $"demo/posts/{Uri.EscapeDataString(externalId)}");

    public Uri Activity(string externalId, string activityId) => new(Post(externalId) + "#" + Uri.EscapeDataString(activityId));

    /// <summary>The record id of an attempt on an account: the same attempt always gets the same id.</summary>
    public static string ActivityId(string accountId, string attemptId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{accountId}\n{attemptId}"));
        return "demo-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
