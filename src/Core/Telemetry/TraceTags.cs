namespace SomeTeams.Core.Telemetry;

/// <summary>
/// The span and metric attribute names, in one place. Ids, networks, names, outcomes and
/// status codes only: never message text, handles, drafts or tokens. HTTP client and server
/// spans carry their own semantic-convention tags (method, status code, server address).
/// </summary>
public static class TraceTags
{
    public const string CaseId = "someteams.case.id";
    public const string Network = "someteams.network";
    public const string AccountId = "someteams.account.id";
    public const string Function = "someteams.function";
    public const string Outcome = "someteams.outcome";
    public const string Kind = "someteams.kind";
    public const string Queue = "someteams.queue";
    public const string Operation = "someteams.operation";
    public const string MessageId = "messaging.message.id";
    public const string ErrorType = "error.type";
}
