using System.Text;
using System.Text.Json.Nodes;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Bluesky;

/// <summary>
/// Hides a reply by adding it to the threadgate record of the brand's root post (rkey = the
/// root's rkey, at most 300 hidden replies), keeping whatever else the threadgate holds.
/// </summary>
internal static class BlueskyThreadgate
{
    private const string Collection = "app.bsky.feed.threadgate";
    private const int MaxHidden = 300;

    public static async Task<ActionOutcome> HideAsync(BlueskyClient client, SourceAccount account, string did, Mention target, string now, CallTally tally, CancellationToken cancellationToken)
    {
        var rkey = BlueskyMapper.RecordKey(target.ThreadId);
        var existing = await client.QueryAsync(account, $"com.atproto.repo.getRecord?repo={Uri.EscapeDataString(did)}&collection={Collection}&rkey={Uri.EscapeDataString(rkey)}", BlueskyJson.Default.StoredRecord, tally, cancellationToken).ConfigureAwait(false);
        if (existing.Error is not null and not ConnectorError.NotFound)
        {
            return existing.FailedOutcome();
        }

        var gate = existing.Value?.Value is { } value && JsonNode.Parse(value.GetRawText()) is JsonObject o
            ? o
            : new JsonObject { ["$type"] = Collection, ["post"] = target.ThreadId, ["createdAt"] = now };
        var hidden = gate["hiddenReplies"] as JsonArray ?? [];
        gate["hiddenReplies"] = hidden;
        if (!hidden.Any(h => h?.GetValue<string>() == target.ExternalId))
        {
            if (hidden.Count >= MaxHidden)
            {
                return new ActionOutcome.Refused(Core.Mentions.ActionProblem.HiddenRepliesFull, "This Bluesky thread already has the most hidden replies allowed (300).");
            }

            hidden.Add(target.ExternalId);
        }

        var body = new JsonObject { ["repo"] = did, ["collection"] = Collection, ["rkey"] = rkey, ["record"] = gate };
        var put = await client.ProcedureAsync(account, "com.atproto.repo.putRecord", _ => new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), BlueskyJson.Default.RecordRef, tally, cancellationToken).ConfigureAwait(false);
        return put.Error is not null ? put.FailedOutcome() : new ActionOutcome.Done(put.Value!.Uri, null);
    }
}
