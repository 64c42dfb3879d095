using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Demo;

/// <summary>
/// What the team did to the demo source: every reply and moderation, with a made-up id and
/// link, kept in memory (bounded) so the host can show it and tests can read it. A repeated
/// action with the same idempotency key answers the first record instead of adding another.
/// </summary>
public sealed class DemoActivityLog(TimeProvider time)
{
    public const int Capacity = 1000;

    private readonly Lock gate = new();
    private readonly Queue<DemoActivity> entries = new();
    private readonly Dictionary<string, DemoActivity> byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> deleted = new(StringComparer.Ordinal);
    private int counter;

    public IReadOnlyList<DemoActivity> Recent
    {
        get
        {
            lock (gate)
            {
                return [.. entries];
            }
        }
    }

    internal DemoActivity Record(SourceAccount account, SocialAction action, Network imitated)
    {
        lock (gate)
        {
            var key = $"{account.Id}\n{action.IdempotencyKey}";
            if (byKey.TryGetValue(key, out var earlier))
            {
                return earlier;
            }

            var id = $"demo-{++counter:D6}";
            var isReply = action.Kind is SocialActionKind.ReplyPublic or SocialActionKind.ReplyPrivate;
            var activity = new DemoActivity(
                id,
                account.Id,
                imitated,
                action.Kind,
                action.Target.ExternalId,
                isReply ? action.Text : null,
                time.GetUtcNow(),
                isReply ? new Uri($"https://demo.someteams.invalid/{imitated.ToString().ToLowerInvariant()}/replies/{id}") : null);
            entries.Enqueue(activity);
            byKey[key] = activity;
            if (entries.Count > Capacity)
            {
                var dropped = entries.Dequeue();
                byKey.Remove(byKey.First(p => p.Value == dropped).Key);
            }

            return activity;
        }
    }

    internal void MarkDeleted(string accountId, string externalId)
    {
        lock (gate)
        {
            if (deleted.Count >= Capacity * 10)
            {
                deleted.Clear();
            }

            deleted.Add($"{accountId}\n{externalId}");
        }
    }

    internal bool IsDeleted(string accountId, string externalId)
    {
        lock (gate)
        {
            return deleted.Contains($"{accountId}\n{externalId}");
        }
    }
}

/// <summary>One reply or moderation performed against the demo source.</summary>
public sealed record DemoActivity(
    string Id,
    string AccountId,
    Network Imitates,
    SocialActionKind Kind,
    string TargetExternalId,
    string? Text,
    DateTimeOffset At,
    Uri? Permalink);
