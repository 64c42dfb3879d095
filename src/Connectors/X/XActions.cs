using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.X;

/// <summary>Reply, DM and hide on X (social-apis.md §2.6–2.8); refusals happen before any call.</summary>
internal sealed class XActions(XApiClient api, XMetrics metrics, ILogger<XActions> logger)
{
    public async Task<ActionOutcome> PerformAsync(SourceAccount account, SocialAction action, CancellationToken cancellationToken)
    {
        if (Refusal(account, action) is { } refused)
        {
            XLog.Refused(logger, account.Id, action.Kind, refused.Problem);
            return refused;
        }

        var target = action.Target;
        var calls = new CallCounter();
        var baseUrl = XApiClient.BaseUrl(account);
        return action.Kind switch
        {
            SocialActionKind.ReplyPublic => await SendAsync(account, "tweets", HttpMethod.Post, new Uri(baseUrl, "2/tweets"),
                () => JsonContent.Create(new XPostRequest(action.Text!, new XReplyTo(target.ExternalId)), XJson.Default.XPostRequest),
                d => new ActionOutcome.Done(d?.Id, d?.Id is { } id ? Permalink(account, id) : null), calls, cancellationToken),
            SocialActionKind.ReplyPrivate => await SendAsync(account, "dm_conversations", HttpMethod.Post,
                new Uri(baseUrl, $"2/dm_conversations/with/{Uri.EscapeDataString(target.Author.ExternalId)}/messages"),
                () => JsonContent.Create(new XDmRequest(action.Text!), XJson.Default.XDmRequest),
                d => new ActionOutcome.Done(d?.DmEventId, null), calls, cancellationToken),
            _ => await SendAsync(account, "hidden", HttpMethod.Put, new Uri(baseUrl, $"2/tweets/{Uri.EscapeDataString(target.ExternalId)}/hidden"),
                () => JsonContent.Create(new XHiddenRequest(action.Kind == SocialActionKind.Hide), XJson.Default.XHiddenRequest),
                _ => new ActionOutcome.Done(null, null), calls, cancellationToken),
        };
    }

    private async Task<ActionOutcome> SendAsync(
        SourceAccount account, string endpoint, HttpMethod method, Uri url, Func<HttpContent> content,
        Func<XCreatedData?, ActionOutcome> done, CallCounter calls, CancellationToken cancellationToken)
    {
        var call = await api.SendAsync(account, endpoint, () => new HttpRequestMessage(method, url) { Content = content() }, calls, cancellationToken);
        metrics.Calls(account, calls.Count, "action");
        if (call.Error is { } error)
        {
            return call.MaybeDelivered ? new ActionOutcome.Unknown(error.Reason) : new ActionOutcome.Failed(error);
        }

        try
        {
            return done(JsonSerializer.Deserialize(call.Body!, XJson.Default.XCreated)?.Data);
        }
        catch (JsonException)
        {
            // X accepted the request (2xx); only the answer is unreadable.
            return done(null);
        }
    }

    private static ActionOutcome.Refused? Refusal(SourceAccount account, SocialAction action)
    {
        var target = action.Target;
        return action.Kind switch
        {
            _ when !account.Enabled => new(ActionProblem.AccountDisabled, "The X account is disabled."),
            _ when target.Network != Network.X => new(ActionProblem.WrongNetwork, "The item is not from X."),
            var kind when !NetworkProfile.For(Network.X).Supports(kind) => kind switch
            {
                SocialActionKind.Block => new(ActionProblem.BlockNotAvailable, "X allows blocking users only on Enterprise access."),
                SocialActionKind.Like => new(ActionProblem.LikeNotAvailable, "X removed likes from self-serve API access."),
                _ => new(ActionProblem.DeleteOnlyOwn, "X lets the brand delete only its own posts."),
            },
            SocialActionKind.ReplyPublic or SocialActionKind.ReplyPrivate when string.IsNullOrWhiteSpace(action.Text) => new(ActionProblem.EmptyReply, "The reply has no text."),
            SocialActionKind.ReplyPublic when target.Kind == MentionKind.DirectMessage => new(ActionProblem.PrivateOnly, "A direct message can only be answered privately."),
            SocialActionKind.ReplyPublic when !Summoned(account, target) => new(ActionProblem.NotSummoned, XErrors.NotSummoned),
            SocialActionKind.Hide or SocialActionKind.Unhide when target.Kind != MentionKind.Reply =>
                new(ActionProblem.HideOnlyInOwnThreads, "X lets the brand hide only replies in conversations it started."),
            _ => null,
        };
    }

    // Self-serve X rejects replies to posts that did not @mention the brand (§2.1): say so on
    // the card rather than spend a call on a certain 403.
    private static bool Summoned(SourceAccount account, Mention target)
    {
        if (account.Setting("Username") is not { Length: > 0 } username)
        {
            return true;
        }

        var handle = "@" + username;
        for (var at = target.Text.IndexOf(handle, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = target.Text.IndexOf(handle, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + handle.Length;
            if (end == target.Text.Length || !(char.IsAsciiLetterOrDigit(target.Text[end]) || target.Text[end] == '_'))
            {
                return true;
            }
        }

        return false;
    }

    private static Uri Permalink(SourceAccount account, string id) =>
        new(account.Setting("Username") is { Length: > 0 } username ? $"https://x.com/{username}/status/{id}" : $"https://x.com/i/web/status/{id}");
}
