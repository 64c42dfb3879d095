using System.Security.Cryptography;

namespace SomeTeams.TestKit.Fakes;

/// <summary>An RSA key of the fake OpenID server, published in its JWKS with these endorsements.</summary>
public sealed class FakeSigningKey(string kid, IReadOnlyList<string> endorsements) : IDisposable
{
    public string Kid { get; } = kid;

    public IReadOnlyList<string> Endorsements { get; } = endorsements;

    public RSA Rsa { get; } = RSA.Create(2048);

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

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
