namespace SomeTeams.Connectors;

/// <summary>
/// The answer to one HTTP call to a network: a value, or the error the network's one error
/// mapper decided. <paramref name="MayHaveReached"/> is true when no answer came after the
/// request may have been sent (a write must then not be repeated blindly).
/// </summary>
internal sealed record CallResult<T>(T? Value, ConnectorError? Error, bool MayHaveReached = false)
{
    public static CallResult<T> Ok(T value) => new(value, null);

    public static CallResult<T> Fail(ConnectorError error, bool mayHaveReached = false) => new(default, error, mayHaveReached);

    public CallResult<TOther> As<TOther>() => new(default, Error, MayHaveReached);

    /// <summary>The outcome of an action that failed with this result.</summary>
    public ActionOutcome FailedOutcome() => MayHaveReached
        ? new ActionOutcome.Unknown(Error?.Reason ?? "no answer")
        : new ActionOutcome.Failed(Error ?? new ConnectorError.Unavailable("no answer"));
}
