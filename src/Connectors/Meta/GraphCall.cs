namespace SomeTeams.Connectors.Meta;

/// <summary>One Graph call's result: the body on success, or the error and whether the request may have been delivered.</summary>
internal sealed record GraphCall(string? Body, ConnectorError? Error, bool MaybeDelivered)
{
    public static GraphCall Ok(string body) => new(body, null, false);

    public static GraphCall Fail(ConnectorError error, bool maybeDelivered = false) => new(null, error, maybeDelivered);
}
