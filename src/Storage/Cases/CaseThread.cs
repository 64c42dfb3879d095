using SomeTeams.Core.Mentions;

namespace SomeTeams.Storage.Cases;

/// <summary>
/// One author's conversation on one account: every message in it belongs to one case
/// (a follow-up joins or reopens it, DESIGN.md "A case and its life").
/// </summary>
public sealed record CaseThread(Network Network, string AccountId, string ThreadId, string AuthorId)
{
    public static CaseThread Of(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return new(mention.Network, mention.AccountId, mention.ThreadId, mention.Author.ExternalId);
    }

    internal string Key => TableKey.Join(Network.ToString(), AccountId, ThreadId, AuthorId);
}
