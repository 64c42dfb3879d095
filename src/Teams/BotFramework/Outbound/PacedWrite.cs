namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>
/// One write the <see cref="TeamsPacer"/> let through. Dispose it when the answer has arrived (or the
/// request has failed): from then on it counts at that moment, which is no earlier than Teams saw it.
/// </summary>
public sealed class PacedWrite : IDisposable
{
    private readonly TeamsPacer pacer;
    private int disposed;

    internal PacedWrite(TeamsPacer pacer, string tenantId, string conversation, DateTimeOffset started)
    {
        this.pacer = pacer;
        TenantId = tenantId;
        Conversation = conversation;
        Started = started;
    }

    internal string TenantId { get; }

    internal string Conversation { get; }

    internal DateTimeOffset Started { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            pacer.Answer(this);
        }
    }
}
