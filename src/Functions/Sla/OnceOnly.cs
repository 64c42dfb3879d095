using SomeTeams.Storage.Notices;

namespace SomeTeams.Functions.Sla;

/// <summary>
/// Sends a notice at most once per (scope, key), across retries, restarts and overlapping sweeps.
/// <para>
/// The choice, and the crash window: the mark is reserved on Tables (insert-if-absent) <em>before</em>
/// the send, so of two sweeps only the one whose insert succeeded sends. After the send the mark
/// becomes Sent, or Unknown when the connector cannot tell whether the request arrived; both stay for
/// good. Only a send that certainly did not happen (refused, throttled, no thread yet, nobody to
/// tell) gives the mark back so a later sweep tries again. A crash between the reservation and the
/// send's end leaves the mark Reserved, and it is not retried: that notice is lost rather than
/// repeated. We take that side because a second @mention or manager notice is the failure the team
/// notices and loses trust over, while a lost one is covered — the card itself shows the warning or
/// breach (it is repainted from the case on every change) and the next threshold notifies again.
/// </para>
/// </summary>
public sealed partial class OnceOnly(NoticeMarkStore marks, ILogger<OnceOnly> logger)
{
    /// <summary>True when this call sent it.</summary>
    public async Task<bool> SendAsync(string scope, string key, Func<CancellationToken, Task<Delivery>> send, CancellationToken cancellationToken, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(send);
        if (await marks.TryReserveAsync(scope, key, detail, cancellationToken).ConfigureAwait(false) is not { } mark)
        {
            return false;
        }

        var delivery = await send(cancellationToken).ConfigureAwait(false);
        switch (delivery)
        {
            case Delivery.NotSent:
                await marks.ReleaseAsync(mark, CancellationToken.None).ConfigureAwait(false);
                break;
            default:
                await marks.CompleteAsync(mark, delivery == Delivery.Sent ? NoticeMarkState.Sent : NoticeMarkState.Unknown, CancellationToken.None).ConfigureAwait(false);
                break;
        }

        LogNotice(logger, scope, key, delivery);
        return delivery == Delivery.Sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notice {Scope}/{Key}: {Delivery}")]
    private static partial void LogNotice(ILogger logger, string scope, string key, Delivery delivery);
}
