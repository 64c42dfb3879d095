using System.Buffers.Binary;

namespace SomeTeams.Cli.Package;

/// <summary>The size and colour type of a PNG, read from its IHDR chunk (the first 29 bytes).</summary>
internal sealed record PngHeader(int Width, int Height, bool HasAlpha)
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngHeader? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 29 || !bytes[..8].SequenceEqual(Signature) || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var colourType = bytes[25];
        // Colour types 4 (grey + alpha) and 6 (RGBA) carry an alpha channel.
        return new PngHeader(
            BinaryPrimitives.ReadInt32BigEndian(bytes[16..]),
            BinaryPrimitives.ReadInt32BigEndian(bytes[20..]),
            colourType is 4 or 6);
    }
}
