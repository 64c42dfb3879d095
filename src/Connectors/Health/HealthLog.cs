using Microsoft.Extensions.Logging;
using SomeTeams.Core.Accounts;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Health;

// Ids and states only: never a token, a reason text from the network or a handle.
internal static partial class HealthLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountId} on {Network}: health alert {Kind} {Problem}")]
    public static partial void Alert(ILogger logger, string accountId, Network network, AlertKind kind, HealthProblem problem);
}
