using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace SomeTeams.Storage;

/// <summary>
/// Turns any external id into a legal PartitionKey or RowKey. Azure forbids / \ # ? and control
/// characters in keys; ' and % are legal but break URL-addressed point operations in some clients,
/// so everything outside a small safe set is written as ~XX per UTF-8 byte. The mapping is
/// injective (~ itself is escaped), so two ids never share a key.
/// </summary>
public static class TableKey
{
    // Keys may be up to 1 KiB; an escaped id longer than this is replaced by its hash,
    // which stays unique and deterministic.
    private const int MaxLength = 512;
    private static readonly SearchValues<char> Safe = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:@=+,;!$&()*");

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.AsSpan().ContainsAnyExcept(Safe))
        {
            return value.Length <= MaxLength ? value : Hash(value);
        }

        var escaped = new StringBuilder(value.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && Safe.Contains((char)rune.Value))
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count])
            {
                escaped.Append('~').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.Length <= MaxLength ? escaped.ToString() : Hash(value);
    }

    /// <summary>Several parts joined with '|', which <see cref="Escape"/> always escapes, so parts cannot run together.</summary>
    public static string Join(params ReadOnlySpan<string> parts)
    {
        var escaped = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            escaped[i] = Escape(parts[i]);
        }

        var joined = string.Join('|', escaped);
        return joined.Length <= MaxLength ? joined : Hash(joined);
    }

    // "~~" never occurs in an escaped value (every ~ there is followed by two hex digits),
    // so a hashed key cannot collide with an escaped one.
    private static string Hash(string value) => "~~" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
