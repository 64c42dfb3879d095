using System.Net;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using SomeTeams.Storage;
using SomeTeams.Teams.BotFramework.Conversations;

namespace SomeTeams.TeamsApp.Conversations;

/// <summary>
/// Conversation references on Azure Tables (<see cref="StorageNames.ConversationsTable"/>): one
/// partition per tenant and kind, the conversation id as row. It lives in the host because the
/// interface is the Teams edge's and Storage must not know Teams. Writes are ETag-checked.
/// </summary>
internal sealed class TableConversationReferenceStore(StorageClients clients) : IConversationReferenceStore
{
    private readonly TableClient table = clients.Table(clients.Names.ConversationsTable);

    public async Task<StoredConversation?> GetAsync(string tenantId, ConversationKind kind, string conversationId, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(tenantId, kind), TableKey.Escape(conversationId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? new StoredConversation(Read(row.Value!), row.Value!.ETag.ToString()) : null;
    }

    public async Task<bool> TryWriteAsync(ConversationReference reference, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var entity = new TableEntity(Partition(reference.TenantId, reference.Kind), TableKey.Escape(reference.ConversationId))
        {
            ["Reference"] = JsonSerializer.Serialize(reference, ConversationJson.Default.ConversationReference),
            ["TeamId"] = reference.TeamId ?? (reference.Kind == ConversationKind.Team ? reference.ConversationId : null),
        };
        try
        {
            if (ifMatch is null)
            {
                await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await table.UpdateEntityAsync(entity, new ETag(ifMatch), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<ConversationReference>> ListTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var team = Partition(tenantId, ConversationKind.Team);
        var channels = Partition(tenantId, ConversationKind.Channel);
        var filter = TableClient.CreateQueryFilter($"(PartitionKey eq {team} or PartitionKey eq {channels}) and TeamId eq {teamId}");
        var found = new List<ConversationReference>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(Read(row));
        }

        return [.. found.OrderBy(r => r.Kind).ThenBy(r => r.ConversationId, StringComparer.Ordinal)];
    }

    private static string Partition(string tenantId, ConversationKind kind) => TableKey.Join(tenantId, kind.ToString());

    private static ConversationReference Read(TableEntity row) =>
        JsonSerializer.Deserialize(row.GetString("Reference"), ConversationJson.Default.ConversationReference)
        ?? throw new InvalidDataException($"Conversation row {row.RowKey} has no reference.");
}
