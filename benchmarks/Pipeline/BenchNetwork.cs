using System.Collections.Concurrent;
using System.Globalization;
using SomeTeams.Connectors;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Benchmarks.Pipeline;

/// <summary>
/// A network that has <c>perAccount</c> generated mentions (fi/sv/en, each on its own thread) for every
/// account (<c>perAccount[a]</c>) and hands them out in pages on successive fetches, then nothing. Each text carries a
/// token ("ref B000123") so the card posted for it can be matched back; CreatedAt is the fetch moment.
/// </summary>
internal sealed class BenchNetwork(int[] perAccount, int pageSize, TimeProvider time) : ISocialConnector
{
    private static readonly string[] Texts =
    [
        "Netti ei toimi taas, kolmas kerta tällä viikolla", "Laskussa on virhe, veloititte kahdesti",
        "Kiitos nopeasta avusta eilen!", "Kortti hylättiin kaupassa, mitä nyt?",
        "Internet fungerar inte sedan i morse", "Varför har fakturan stigit igen?",
        "Tack för den snabba hjälpen", "Appen kraschar när jag loggar in",
        "My internet has been down since this morning", "You charged me twice this month, please refund",
        "Great service in the shop today, thanks", "Cannot log in to the app, it says error 500",
    ];

    private readonly ConcurrentDictionary<string, int> _served = new(StringComparer.Ordinal);

    public Network Network => Network.Facebook;

    /// <summary>Tokens (and fetch moments) of the mentions handed out and not yet taken by <see cref="TakeFetched"/>.</summary>
    private readonly ConcurrentQueue<(string Token, DateTimeOffset At)> _fetched = new();

    public IEnumerable<(string Token, DateTimeOffset At)> TakeFetched()
    {
        while (_fetched.TryDequeue(out var token))
        {
            yield return token;
        }
    }

    /// <summary>Total mentions handed out so far.</summary>
    public int Served => _served.Values.Sum();

    public static string Token(int account, int index) => string.Create(CultureInfo.InvariantCulture, $"B{account:D3}{index:D5}");

    public Task<FetchResult> FetchAsync(SourceAccount account, string? cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var from = cursor is null ? 0 : int.Parse(cursor, CultureInfo.InvariantCulture);
        var a = int.Parse(account.Id.AsSpan(account.Id.LastIndexOf('-') + 1), CultureInfo.InvariantCulture);
        var to = Math.Min(perAccount[a], from + pageSize);
        var now = time.GetUtcNow();
        var items = new List<Mention>(Math.Max(0, to - from));
        for (var i = from; i < to; i++)
        {
            var token = Token(a, i);
            items.Add(new Mention(Network.Facebook, account.Id, "c-" + token, MentionKind.Comment, "post-" + token, "post-" + token,
                new Author("70000" + token, "Asiakas " + i.ToString(CultureInfo.InvariantCulture), "asiakas"), $"{Texts[(a + i) % Texts.Length]} (ref {token})", now, IsPrivate: false));
        }

        // The intake enqueues the page right after the fetch returns; this is each mention's start.
        var fetched = time.GetUtcNow();
        foreach (var item in items)
        {
            _fetched.Enqueue((item.ExternalId[2..], fetched));
        }

        _served[account.Id] = Math.Max(from, to);
        return Task.FromResult<FetchResult>(new FetchResult.Fetched(items, Math.Max(from, to).ToString(CultureInfo.InvariantCulture), [], [], 1));
    }

    public Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The pipeline benchmark sends no replies.");
}
