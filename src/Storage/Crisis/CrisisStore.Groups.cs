using System.Net;
using Azure;
using Azure.Data.Tables;

namespace SomeTeams.Storage.Crisis;

// Groups: the cases a crisis shows in grouped cards ("m-{crisis}", one row per case, upserted so
// a retry adds nothing) and each grouped card's location per route ("g-{crisis}").
public sealed partial class CrisisStore
{
    public async Task AddMemberAsync(string crisisId, GroupMember member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var row = new TableEntity(Members(crisisId), TableKey.Escape(member.CaseId))
        {
            ["CaseId"] = member.CaseId,
            ["Route"] = member.Route,
            ["OpenedAt"] = member.OpenedAt,
            ["ReplyLimit"] = member.ReplyLimit,
        };

        // Merge, not replace: a member already claimed out stays claimed out.
        await _table.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    public async Task MarkClaimedOutAsync(string crisisId, string caseId, CancellationToken cancellationToken)
    {
        var row = new TableEntity(Members(crisisId), TableKey.Escape(caseId)) { ["ClaimedOut"] = true };
        try
        {
            await _table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.NotFound)
        {
            // Claimed before PostCard recorded it in the group: it never showed there.
        }
    }

    public async Task<IReadOnlyList<GroupMember>> ListMembersAsync(string crisisId, CancellationToken cancellationToken)
    {
        var partition = Members(crisisId);
        var list = new List<GroupMember>();
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(new GroupMember(row.GetString("CaseId"), row.GetString("Route"), row.GetDateTimeOffset("OpenedAt") ?? default, row.GetBoolean("ClaimedOut") ?? false,
                row.GetString("AnsweredWith"), row.GetString("AnswerOutcome") == SentOutcome, row.GetInt32("ReplyLimit")));
        }

        return list;
    }

    public async Task<PostedCard?> GetGroupCardAsync(string crisisId, string route, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(GroupCards(crisisId), TableKey.Escape(route), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue
            ? new PostedCard(row.Value!.GetString("ServiceUrl"), row.Value.GetString("ConversationId"), row.Value.GetString("ActivityId"), row.Value.GetString("Shows") ?? string.Empty)
            : null;
    }

    // Only the detector (one run at a time per instance, repaints idempotent) writes group cards.
    public async Task SaveGroupCardAsync(string crisisId, string route, PostedCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var row = new TableEntity(GroupCards(crisisId), TableKey.Escape(route))
        {
            ["ServiceUrl"] = card.ServiceUrl,
            ["ConversationId"] = card.ConversationId,
            ["ActivityId"] = card.ActivityId,
            ["Shows"] = card.Shows,
        };
        await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static string Members(string crisisId) => "m-" + TableKey.Escape(crisisId);

    private static string GroupCards(string crisisId) => "g-" + TableKey.Escape(crisisId);
}
