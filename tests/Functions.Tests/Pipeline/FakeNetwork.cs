using System.Collections.Concurrent;
using SomeTeams.Connectors;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Functions.Tests.Pipeline;

/// <summary>
/// A social network behind the connector seam that counts what it publishes. Fetch returns the
/// items after the cursor (the cursor is the count seen); <see cref="IgnoreCursor"/> replays
/// everything, as an overlapping poll window does. Faults are injected after the publish counted.
/// </summary>
internal sealed class FakeNetwork(Network network) : ISocialConnector
{
    private readonly List<Mention> _items = [];

    public Network Network { get; } = network;

    public ConcurrentDictionary<string, int> Published { get; } = new();

    public ConcurrentBag<SocialAction> Actions { get; } = [];

    public int Fetches => _fetches;

    public bool IgnoreCursor { get; set; }

    public FetchResult? NextFetchResult { get; set; }

    public List<string> Deleted { get; } = [];

    /// <summary>Publishes, then fails as a crash between the network call and the state write would.</summary>
    public bool ThrowAfterPublish { get; set; }

    /// <summary>Answers before publishing anything.</summary>
    public ActionOutcome? Answer { get; set; }

    /// <summary>When set, each call publishes and then waits for it: a call in flight when the host dies.</summary>
    public TaskCompletionSource? Gate { get; set; }

    private int _fetches;

    public int TotalPublished => Published.Values.Sum();

    public void Add(params Mention[] mentions)
    {
        lock (_items)
        {
            _items.AddRange(mentions);
        }
    }

    public Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fetches);
        if (NextFetchResult is { } result)
        {
            NextFetchResult = null;
            return Task.FromResult(result);
        }

        lock (_items)
        {
            var from = IgnoreCursor || cursor is null ? 0 : int.Parse(cursor, System.Globalization.CultureInfo.InvariantCulture);
            var items = _items.Skip(from).Where(m => m.AccountId == account.Id).ToList();
            var next = _items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.FromResult<FetchResult>(new FetchResult.Fetched(items, next, [.. Deleted], [], 1));
        }
    }

    public async Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (Answer is { } answer)
        {
            return answer;
        }

        var n = Published.AddOrUpdate(action.Target.ExternalId, 1, (_, c) => c + 1);
        Actions.Add(action);
        if (Gate is { } gate)
        {
            await gate.Task.ConfigureAwait(false);
        }

        if (ThrowAfterPublish)
        {
            throw new IOException("The connection dropped after the request was sent.");
        }

        return new ActionOutcome.Done($"reply-{action.Target.ExternalId}-{n}", new Uri($"https://network.example/reply/{action.Target.ExternalId}"));
    }
}
