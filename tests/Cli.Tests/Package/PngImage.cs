using System.Buffers.Binary;
using System.IO.Compression;

namespace SomeTeams.Cli.Tests.Package;

/// <summary>
/// A minimal PNG decoder for the icon tests: 8-bit RGBA or RGB, not interlaced, all five
/// filter types. Enough to read pixels without an image package; anything else throws.
/// </summary>
internal sealed class PngImage(int width, int height, byte[] rgba)
{
    public int Width { get; } = width;
    public int Height { get; } = height;

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = (y * Width + x) * 4;
            return (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]);
        }
    }

    public static PngImage Decode(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var pos = 8; pos < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(pos));
            var type = System.Text.Encoding.ASCII.GetString(png, pos + 4, 4);
            var data = png.AsSpan(pos + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                Assert.Equal(8, data[8]); // bit depth
                Assert.Equal(0, data[12]); // not interlaced
                channels = data[9] switch { 6 => 4, 2 => 3, _ => throw new NotSupportedException($"PNG colour type {data[9]}") };
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            pos += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return new PngImage(width, height, Unfilter(raw.ToArray(), width, height, channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var a = x >= channels ? pixels[y * stride + x - channels] : 0;
                var b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                var c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                };
                pixels[y * stride + x] = (byte)(raw[y * (stride + 1) + 1 + x] + predictor);
            }
        }

        if (channels == 4)
        {
            return pixels;
        }
        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            (rgba[i * 4], rgba[i * 4 + 1], rgba[i * 4 + 2], rgba[i * 4 + 3]) = (pixels[i * 3], pixels[i * 3 + 1], pixels[i * 3 + 2], 255);
        }
        return rgba;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
