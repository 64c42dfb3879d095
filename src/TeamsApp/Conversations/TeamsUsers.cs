using System.Collections.Concurrent;
using Azure.Data.Tables;
using SomeTeams.Storage;
using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.TeamsApp.Conversations;

/// <summary>A Teams user as the bot last saw them: the per-bot id (<c>29:…</c>) cards and chats need.</summary>
internal sealed record TeamsUser(string TenantId, string AadObjectId, string TeamsId, string? Name, string ServiceUrl);

/// <summary>
/// Entra object id → Teams user id, learned from every activity a person sends. Cases know people
/// by their Entra id; a card's refresh list and a new 1:1 chat need the <c>29:</c> id (bot-protocol.md §5.5 b, §6.6).
/// Kept in the conversations table under its own partition; written only when something changed.
/// </summary>
internal sealed class TeamsUsers(StorageClients clients)
{
    private readonly TableClient table = clients.Table(clients.Names.ConversationsTable);
    private readonly ConcurrentDictionary<(string, string), TeamsUser> seen = new();

    public async Task RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.TenantId is not { Length: > 0 } tenant || activity.From is not { AadObjectId: { Length: > 0 } aad, Id: { Length: > 0 } teamsId } from
            || !teamsId.StartsWith("29:", StringComparison.Ordinal))
        {
            return;
        }

        var user = new TeamsUser(tenant, aad, teamsId, from.Name, activity.ServiceUrl);
        if (seen.TryGetValue((tenant, aad), out var known) && known == user)
        {
            return;
        }

        await table.UpsertEntityAsync(new TableEntity(Partition(tenant), TableKey.Escape(aad))
        {
            ["User"] = System.Text.Json.JsonSerializer.Serialize(user, ConversationJson.Default.TeamsUser),
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        seen[(tenant, aad)] = user;
    }

    public async Task<TeamsUser?> FindAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        if (seen.TryGetValue((tenantId, aadObjectId), out var known))
        {
            return known;
        }

        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(tenantId), TableKey.Escape(aadObjectId), cancellationToken: cancellationToken).ConfigureAwait(false);
        var user = row.HasValue ? System.Text.Json.JsonSerializer.Deserialize(row.Value!.GetString("User"), ConversationJson.Default.TeamsUser) : null;
        if (user is not null)
        {
            seen[(tenantId, aadObjectId)] = user;
        }

        return user;
    }

    private static string Partition(string tenantId) => TableKey.Join(tenantId, "User");
}
