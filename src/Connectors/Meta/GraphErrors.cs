using System.Net;
using System.Text.Json;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Meta;

/// <summary>
/// The one place a Graph answer becomes a <see cref="ConnectorError"/>. Graph errors are told
/// apart by <c>error.code</c> and <c>error_subcode</c>, not by HTTP status (social-apis.md §3.2, §3.3).
/// </summary>
internal static class GraphErrors
{
    // No estimate comes with platform throttles (4, 17, 32, 613): the window is a rolling hour.
    private static readonly TimeSpan DefaultBackOff = TimeSpan.FromMinutes(15);

    public static ConnectorError From(string network, HttpStatusCode status, string body, GraphUsage usage)
    {
        var error = Parse(body);
        var code = error?.Code;
        var label = $"{network} error {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return (code, error?.ErrorSubcode) switch
        {
            (190, _) => new ConnectorError.AuthExpired($"{network} refused the access token ({label}); reconnect the account."),
            (4 or 17 or 32 or 613 or 80001 or 80002 or 80006, _) => new ConnectorError.RateLimited(
                usage.RegainMinutes > 0 ? TimeSpan.FromMinutes(usage.RegainMinutes) : DefaultBackOff, $"{network} throttled the calls ({label})."),
            (10, 2018278) => new ConnectorError.Rejected($"{network} refused: the message is outside the allowed messaging window.") { Problem = ActionProblem.MessagingWindowClosed },
            (10 or (>= 200 and <= 299), _) => new ConnectorError.Rejected($"{network} refused: a permission or Page task is missing ({label}).") { Problem = ActionProblem.PermissionMissing },
            (100, 33) => new ConnectorError.NotFound($"{network} could not find the item ({label})."),
            (368, _) => new ConnectorError.Rejected($"{network} blocked the action as abusive ({label}).") { Problem = ActionProblem.Abusive },
            (551, _) => new ConnectorError.Rejected($"{network}: this person isn't available right now ({label}).") { Problem = ActionProblem.PersonUnavailable },
            (1 or 2, _) => new ConnectorError.Unavailable($"{network} had a temporary problem ({label})."),
            (null, _) when (int)status >= 500 => new ConnectorError.Unavailable($"{network} answered {(int)status}."),
            (null, _) when status == HttpStatusCode.NotFound => new ConnectorError.NotFound($"{network} could not find the item."),
            _ => new ConnectorError.Rejected($"{network} refused the request ({label})."),
        };
    }

    private static GraphError? Parse(string body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, GraphJson.Default.GraphErrorEnvelope)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
