using System.Security.Cryptography;
using System.Text;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Functions.Pipeline;

/// <summary>
/// A case's id from the mention that opened it, so every retry of the triage of one mention
/// converges on one case instead of opening a new one each time.
/// </summary>
public static class CaseIds
{
    public static CaseId For(MentionKey key)
    {
        var text = string.Join('\n', key.Network.ToString(), key.AccountId, key.ExternalId);
        return new CaseId(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32]);
    }
}
