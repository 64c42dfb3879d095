namespace SomeTeams.Connectors.X;

/// <summary>One X call's result: the body on success, or the error and whether the request may have been delivered.</summary>
internal sealed record XCall(string? Body, ConnectorError? Error, bool MaybeDelivered)
{
    public static XCall Ok(string body) => new(body, null, false);

    public static XCall Fail(ConnectorError error, bool maybeDelivered = false) => new(null, error, maybeDelivered);
}
