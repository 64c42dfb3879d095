using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using SomeTeams.Core.Cases;

namespace SomeTeams.Teams.Graph;

/// <summary>
/// The activity feed's <c>chainId</c> of a case: a notice with the same chain replaces the
/// earlier one (anchors.md §4.5), so "approval requested" becomes "approved" and the SLA warnings
/// of a case are one line in the feed. Graph takes a 64-bit integer; this is the first eight
/// bytes of SHA-256 over the case id, positive and never zero, so it is the same on every host and run.
/// </summary>
public static class ActivityChain
{
    public static long Of(CaseId id)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes("someteams-case:" + id.Value), hash);
        var chain = BinaryPrimitives.ReadInt64BigEndian(hash) & long.MaxValue;
        return chain == 0 ? 1 : chain;
    }
}
