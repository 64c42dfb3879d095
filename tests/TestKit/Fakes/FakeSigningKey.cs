using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SomeTeams.TestKit.Fakes;

/// <summary>An RSA key of the fake OpenID server, published in its JWKS with these endorsements.</summary>
public sealed class FakeSigningKey : IDisposable
{
    // Making a 2048-bit key costs a noticeable slice of a test on a busy machine; one per kid is enough.
    private static readonly ConcurrentDictionary<string, RSAParameters> Generated = new(StringComparer.Ordinal);

    public FakeSigningKey(string kid, IReadOnlyList<string> endorsements, bool fresh = false)
    {
        Kid = kid;
        Endorsements = endorsements;
        Rsa = fresh ? RSA.Create(2048) : RSA.Create(Generated.GetOrAdd(kid, _ => Generate()));
    }

    public string Kid { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public RSA Rsa { get; }

    public Dictionary<string, object> ToJwk()
    {
        var p = Rsa.ExportParameters(false);
        return new()
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64Url(p.Modulus!),
            ["e"] = Base64Url(p.Exponent!),
            ["endorsements"] = Endorsements,
        };
    }

    public void Dispose() => Rsa.Dispose();

    private static RSAParameters Generate()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportParameters(true);
    }

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
