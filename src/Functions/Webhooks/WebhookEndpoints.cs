using Microsoft.Extensions.Options;
using SomeTeams.Connectors;
using SomeTeams.Connectors.Health;
using SomeTeams.Connectors.Meta;
using SomeTeams.Connectors.Webhooks;
using SomeTeams.Connectors.X;
using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Pipeline;

namespace SomeTeams.Functions.Webhooks;

/// <summary>
/// The receivers for networks that push. The raw body is verified before anything is read; a bad
/// signature gets 401 and nothing is stored or queued. Verified items go through the same intake
/// as polls, so a webhook and a poll of one item make one case. Under the Functions host these
/// are HTTP-only functions proxied here unchanged (host.json <c>enableProxyingHttpRequest</c>).
/// </summary>
internal static partial class WebhookEndpoints
{
    public const string MetaRoute = "/api/webhooks/meta", XRoute = "/api/webhooks/x";

    /// <summary>The HTTP functions of function.json, by name and route (under the host's <c>api/</c> prefix).</summary>
    public static IReadOnlyList<(string Name, string Route)> Functions { get; } = [("MetaWebhook", "webhooks/meta"), ("XWebhook", "webhooks/x")];

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(MetaRoute, (HttpRequest request, IOptions<WebhookOptions> options) =>
            MetaWebhookSignature.Challenge(request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()), options.Value.MetaVerifyToken ?? "") is { } challenge
                ? Results.Text(challenge, "text/plain")
                : Results.StatusCode(StatusCodes.Status403Forbidden));
        routes.MapGet(XRoute, (HttpRequest request, IOptions<WebhookOptions> options) =>
            request.Query["crc_token"].ToString() is { Length: > 0 } token && options.Value.XConsumerSecret is { Length: > 0 } secret
                ? Results.Text(XWebhookSignature.CrcResponse(token, secret), "application/json")
                : Results.StatusCode(StatusCodes.Status403Forbidden));
        routes.MapPost(MetaRoute, (HttpRequest request, IServiceProvider services, IOptions<WebhookOptions> options) =>
            ReceiveAsync(request, services, "Meta", MetaWebhookSignature.HeaderName, (body, sig) => MetaWebhookSignature.IsValid(body, sig, options.Value.MetaAppSecret ?? ""), MetaWebhookPayload.Parse));
        routes.MapPost(XRoute, (HttpRequest request, IServiceProvider services, IOptions<WebhookOptions> options) =>
            ReceiveAsync(request, services, "X", XWebhookSignature.HeaderName, (body, sig) => XWebhookSignature.IsValid(body, sig, options.Value.XConsumerSecret ?? ""), XWebhookPayload.Parse));
        return routes;
    }

    private delegate bool Verify(ReadOnlySpan<byte> body, string? signature);

    private delegate WebhookBatch Parse(ReadOnlySpan<byte> body, IReadOnlyCollection<SourceAccount> accounts);

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IServiceProvider services, string network, string header, Verify verify, Parse parse)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebhookEndpoints));
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!verify(body.Span, request.Headers[header].ToString()))
        {
            LogBadSignature(logger, network);
            return Results.Unauthorized();
        }

        var accounts = services.GetRequiredService<SourceAccountCatalog>().All;
        var batch = parse(body.Span, [.. accounts]);
        var intake = services.GetRequiredService<MentionIntake>();
        var sent = await intake.AcceptAsync(batch.Mentions, request.HttpContext.RequestAborted).ConfigureAwait(false);
        await intake.MarkDeletedAsync(batch.Deleted, request.HttpContext.RequestAborted).ConfigureAwait(false);
        await RecordHealthAsync(services, accounts, batch, request.HttpContext.RequestAborted).ConfigureAwait(false);
        // Items announced by id only (Instagram mentions) are not fetched here: counted, and left to the account's poll.
        LogReceived(logger, network, batch.Mentions.Count, sent, batch.Deleted.Count, batch.Lookups.Count, batch.Skipped.Count);
        return Results.Ok();
    }

    /// <summary>A delivery proves the subscription is alive: the health rules compare it with what polls find (a silent webhook is a missing subscription).</summary>
    private static async Task RecordHealthAsync(IServiceProvider services, IEnumerable<SourceAccount> accounts, WebhookBatch batch, CancellationToken cancellationToken)
    {
        var health = services.GetRequiredService<AccountHealthRecorder>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var delivered in batch.Mentions.GroupBy(m => (m.Network, m.AccountId)))
        {
            if (accounts.FirstOrDefault(a => a.Network == delivered.Key.Network && a.Id == delivered.Key.AccountId) is { } account
                && await health.RecordWebhookAsync(account, delivered.Max(m => m.CreatedAt), now, cancellationToken).ConfigureAwait(false) is { } alert)
            {
                await services.GetRequiredService<AdminAlerts>().PostAsync(alert, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Network} webhook delivery with a bad or missing signature: refused")]
    private static partial void LogBadSignature(ILogger logger, string network);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Network} webhook: {Mentions} mentions ({Sent} queued), {Deleted} deletions, {Lookups} lookups left to polling, {Skipped} skipped")]
    private static partial void LogReceived(ILogger logger, string network, int mentions, int sent, int deleted, int lookups, int skipped);
}
