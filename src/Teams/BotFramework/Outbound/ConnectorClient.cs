using System.Text.Json;
using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>
/// The Bot Connector REST operations we use (bot-protocol.md §5.1–5.6). Every write is paced;
/// every call goes through <see cref="ConnectorCalls"/> for the trust check, token and retries.
/// </summary>
public sealed class ConnectorClient
{
    private readonly ConnectorCalls calls;

    internal ConnectorClient(ConnectorCalls calls) => this.calls = calls;

    /// <summary>A new message in the conversation; into a channel thread when the id has <c>;messageid=</c>.</summary>
    public Task<ConnectorResult<ResourceResponse>> SendAsync(ConversationTarget target, OutgoingActivity activity, CancellationToken cancellationToken) =>
        WriteAsync(HttpMethod.Post, target, Activities(target), activity, cancellationToken);

    /// <summary>A reply to one activity; in a channel the thread follows from the conversation id (§7.1).</summary>
    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(ConversationTarget target, string activityId, OutgoingActivity activity, CancellationToken cancellationToken) =>
        WriteAsync(HttpMethod.Post, target, Activities(target) + "/" + Escape(activityId), (activity ?? throw new ArgumentNullException(nameof(activity))) with { ReplyToId = activityId }, cancellationToken);

    /// <summary>Replaces a posted activity, e.g. a card after a click; idempotent, so retried.</summary>
    public Task<ConnectorResult<ResourceResponse>> UpdateAsync(ConversationTarget target, string activityId, OutgoingActivity activity, CancellationToken cancellationToken) =>
        WriteAsync(HttpMethod.Put, target, Activities(target) + "/" + Escape(activityId), activity, cancellationToken);

    /// <summary>A new top-level post in a channel; the answer holds the thread id and the root message id (§5.5 a).</summary>
    public Task<ConnectorResult<ConversationResourceResponse>> CreateChannelThreadAsync(
        string serviceUrl, string tenantId, string channelId, OutgoingActivity activity, CancellationToken cancellationToken)
    {
        var channel = ConversationIds.WithoutThread(channelId);
        var channelData = JsonSerializer.SerializeToElement(
            new Dictionary<string, Dictionary<string, string>> { ["channel"] = new() { ["id"] = channel }, ["tenant"] = new() { ["id"] = tenantId } },
            BotJson.Default.DictionaryStringDictionaryStringString);
        var body = JsonSerializer.SerializeToUtf8Bytes(new ConversationParameters(true, channelData, tenantId, activity), BotJson.Default.ConversationParameters);
        if (!Fits(body))
        {
            return Task.FromResult(new ConnectorResult<ConversationResourceResponse>(ConnectorOutcome.TooLarge, ErrorCode: "MessageSizeTooBig"));
        }

        return calls.CallAsync(HttpMethod.Post, new ConversationTarget(serviceUrl, tenantId, channel), "v3/conversations", body, paced: true, BotJson.Default.ConversationResourceResponse, cancellationToken);
    }

    /// <summary>
    /// The 1:1 chat with a user (bot-protocol.md §5.5 b), by their Teams id (<c>29:…</c>); idempotent, the
    /// same user always gets the same conversation id. Send into it with <see cref="SendAsync"/>.
    /// </summary>
    public Task<ConnectorResult<ConversationResourceResponse>> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken cancellationToken)
    {
        var channelData = JsonSerializer.SerializeToElement(
            new Dictionary<string, Dictionary<string, string>> { ["tenant"] = new() { ["id"] = tenantId } },
            BotJson.Default.DictionaryStringDictionaryStringString);
        var body = JsonSerializer.SerializeToUtf8Bytes(new PersonalConversationParameters(false, [new MemberRef(userId)], channelData, tenantId), BotJson.Default.PersonalConversationParameters);
        return calls.CallAsync(HttpMethod.Post, new ConversationTarget(serviceUrl, tenantId, userId), "v3/conversations", body, paced: true, BotJson.Default.ConversationResourceResponse, cancellationToken);
    }

    /// <summary>One member by Teams id, UPN or Entra object id; in a team, pass the team id as the conversation (§5.6).</summary>
    public Task<ConnectorResult<TeamsMember>> GetMemberAsync(ConversationTarget target, string userId, CancellationToken cancellationToken) =>
        calls.CallAsync(HttpMethod.Get, target, Members(target) + "/" + Escape(userId), null, paced: false, BotJson.Default.TeamsMember, cancellationToken);

    /// <summary>One page of the roster; Teams clamps the page size to 50–500.</summary>
    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(ConversationTarget target, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var query = "?pageSize=" + Math.Clamp(pageSize, 50, 500).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + (string.IsNullOrEmpty(continuationToken) ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(continuationToken));
        return calls.CallAsync(HttpMethod.Get, target, "v3/conversations/" + Escape(ConversationIds.WithoutThread(target.ConversationId)) + "/pagedmembers" + query, null, paced: false, BotJson.Default.PagedMembersResult, cancellationToken);
    }

    private Task<ConnectorResult<ResourceResponse>> WriteAsync(HttpMethod method, ConversationTarget target, string path, OutgoingActivity activity, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Default.OutgoingActivity);
        return Fits(body)
            ? calls.CallAsync(method, target, path, body, paced: true, BotJson.Default.ResourceResponse, cancellationToken)
            : Task.FromResult(new ConnectorResult<ResourceResponse>(ConnectorOutcome.TooLarge, ErrorCode: "MessageSizeTooBig"));
    }

    // Teams refuses large activities with 413; the documented limits disagree (25–40 KB), so stay
    // under the strictest reading: 28,000 UTF-16 code units of JSON (bot-protocol.md §5.11).
    internal const int MaxActivityChars = 28_000;

    private static bool Fits(byte[] body) => System.Text.Encoding.UTF8.GetCharCount(body) <= MaxActivityChars;

    private static string Activities(ConversationTarget target) =>
        "v3/conversations/" + Escape((target ?? throw new ArgumentNullException(nameof(target))).ConversationId) + "/activities";

    private static string Members(ConversationTarget target) =>
        "v3/conversations/" + Escape(ConversationIds.WithoutThread((target ?? throw new ArgumentNullException(nameof(target))).ConversationId)) + "/members";

    // Conversation ids carry ':', '@', ';' and '=' (bot-protocol.md §5.0, §9 item 7).
    private static string Escape(string segment) => Uri.EscapeDataString(segment ?? throw new ArgumentNullException(nameof(segment)));
}
