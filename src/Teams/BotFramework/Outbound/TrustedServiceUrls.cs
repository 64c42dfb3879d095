using Microsoft.Extensions.Options;
using SomeTeams.Teams.BotFramework.Auth;

namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>
/// The hosts our bot token may be sent to (bot-protocol.md §4.5): Teams' connector hosts over
/// HTTPS on the default port, plus configured origins; in local mode loopback only, and then
/// no token is sent at all. A stored serviceUrl is checked here before every call.
/// </summary>
public sealed class TrustedServiceUrls(LocalMode local, IOptions<ConnectorOptions> options)
{
    // smba.trafficmanager.net exactly: trafficmanager.net is a shared namespace.
    private const string TeamsTrafficManager = "smba.trafficmanager.net";
    private static readonly string[] HostSuffixes = [".teams.microsoft.com", ".teams.microsoft.us", ".botframework.com", ".botframework.us", ".botframework.azure.us"];

    public bool IsTrusted(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || serviceUrl.UserInfo.Length > 0)
        {
            return false;
        }

        if (local.Enabled)
        {
            return serviceUrl.IsLoopback && (serviceUrl.Scheme == Uri.UriSchemeHttp || serviceUrl.Scheme == Uri.UriSchemeHttps);
        }

        if (options.Value.TrustedServiceUrls.Any(o => Uri.TryCreate(o, UriKind.Absolute, out var origin) && SameOrigin(origin, serviceUrl)))
        {
            return true;
        }

        var host = serviceUrl.IdnHost;
        return serviceUrl.Scheme == Uri.UriSchemeHttps && serviceUrl.IsDefaultPort
            && (string.Equals(host, TeamsTrafficManager, StringComparison.OrdinalIgnoreCase)
                || HostSuffixes.Any(s => host.EndsWith(s, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme == b.Scheme && a.Port == b.Port && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase);
}
