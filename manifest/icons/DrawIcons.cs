// Draws the Teams app icons: a speech bubble with a check mark (a mention, taken care of).
// Run once from the repo root after changing the drawing; the PNGs are committed:
//   dotnet run manifest/icons/DrawIcons.cs -- manifest
// No image library: shapes are signed distance functions, 8x8 supersampled per pixel,
// written as 8-bit RGBA PNGs (filter 0, zlib).
using System.Buffers.Binary;
using System.IO.Compression;

var folder = args.Length > 0 ? args[0] : ".";
// Brand: deep teal background, white bubble, teal check, coral "new mention" dot.
var teal = new Rgb(0x0A, 0x7E, 0x8C);
var coral = new Rgb(0xFF, 0x8A, 0x5B);
var white = new Rgb(0xFF, 0xFF, 0xFF);

Png.Write(Path.Combine(folder, "color.png"), 192, (x, y) =>
{
    // Drawn on a 192 grid: bubble body, tail, check, dot.
    var bubble = Shapes.Bubble(x, y, left: 36, top: 46, right: 156, bottom: 130, radius: 26, tail: (58, 130, 44, 156, 86, 130));
    var check = Shapes.Stroke(x, y, 6.5, (66, 89), (86, 108), (124, 70));
    var dot = Shapes.Circle(x, y, 150, 50, 17);
    var ring = Shapes.Circle(x, y, 150, 50, 23);
    Rgb colour = teal;
    if (bubble <= 0) colour = white;
    if (bubble <= 0 && check <= 0) colour = teal;
    if (ring <= 0) colour = teal; // keeps the dot apart from the bubble
    if (dot <= 0) colour = coral;
    return (colour, 1.0);
});

Png.Write(Path.Combine(folder, "outline.png"), 32, (x, y) =>
{
    // White on transparent, 2 px strokes: the bubble's outline and the check.
    var bubble = Shapes.Bubble(x, y, left: 3, top: 5, right: 29, bottom: 23, radius: 5.5, tail: (8, 22, 5.5, 29, 15, 22));
    var outline = Math.Max(bubble, -(bubble + 2.0));
    var check = Shapes.Stroke(x, y, 1.2, (11, 14), (14.5, 17.5), (21.5, 10.5));
    return (white, outline <= 0 || check <= 0 ? 1.0 : 0.0);
});

internal readonly record struct Rgb(byte R, byte G, byte B);

internal static class Shapes
{
    public static double RoundedRect(double x, double y, double left, double top, double right, double bottom, double radius)
    {
        var cx = (left + right) / 2; var cy = (top + bottom) / 2;
        var qx = Math.Abs(x - cx) - ((right - left) / 2 - radius);
        var qy = Math.Abs(y - cy) - ((bottom - top) / 2 - radius);
        return Math.Sqrt(Math.Pow(Math.Max(qx, 0), 2) + Math.Pow(Math.Max(qy, 0), 2)) + Math.Min(Math.Max(qx, qy), 0) - radius;
    }

    public static double Triangle(double x, double y, (double, double, double, double, double, double) t)
    {
        var (ax, ay, bx, by, cx, cy) = t;
        var d = Math.Min(Segment(x, y, ax, ay, bx, by), Math.Min(Segment(x, y, bx, by, cx, cy), Segment(x, y, cx, cy, ax, ay)));
        var s1 = Cross(ax, ay, bx, by, x, y); var s2 = Cross(bx, by, cx, cy, x, y); var s3 = Cross(cx, cy, ax, ay, x, y);
        var inside = (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
        return inside ? -d : d;
    }

    public static double Bubble(double x, double y, double left, double top, double right, double bottom, double radius,
        (double, double, double, double, double, double) tail) =>
        Math.Min(RoundedRect(x, y, left, top, right, bottom, radius), Triangle(x, y, tail));

    public static double Circle(double x, double y, double cx, double cy, double r) => Math.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)) - r;

    public static double Stroke(double x, double y, double halfWidth, params (double X, double Y)[] points)
    {
        var d = double.MaxValue;
        for (var i = 1; i < points.Length; i++)
        {
            d = Math.Min(d, Segment(x, y, points[i - 1].X, points[i - 1].Y, points[i].X, points[i].Y));
        }
        return d - halfWidth;
    }

    private static double Segment(double x, double y, double ax, double ay, double bx, double by)
    {
        var (dx, dy) = (bx - ax, by - ay);
        var t = Math.Clamp(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy), 0, 1);
        var (px, py) = (ax + t * dx - x, ay + t * dy - y);
        return Math.Sqrt(px * px + py * py);
    }

    private static double Cross(double ax, double ay, double bx, double by, double x, double y) => (bx - ax) * (y - ay) - (by - ay) * (x - ax);
}

internal static class Png
{
    private const int Samples = 8;

    public static void Write(string path, int size, Func<double, double, (Rgb Colour, double Alpha)> shade)
    {
        var raw = new byte[size * (1 + size * 4)];
        for (var y = 0; y < size; y++)
        {
            raw[y * (1 + size * 4)] = 0; // filter: none
            for (var x = 0; x < size; x++)
            {
                double r = 0, g = 0, b = 0, a = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        var (colour, alpha) = shade(x + (sx + 0.5) / Samples, y + (sy + 0.5) / Samples);
                        r += colour.R * alpha; g += colour.G * alpha; b += colour.B * alpha; a += alpha;
                    }
                }
                var o = y * (1 + size * 4) + 1 + x * 4;
                raw[o] = Channel(r, a); raw[o + 1] = Channel(g, a); raw[o + 2] = Channel(b, a);
                raw[o + 3] = (byte)Math.Round(255 * a / (Samples * Samples));
            }
        }

        using var file = File.Create(path);
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8; header[9] = 6; // 8 bits per channel, RGBA
        Chunk(file, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(raw);
            Chunk(file, "IDAT", compressed.ToArray());
        }
        Chunk(file, "IEND", []);
    }

    // Colour of the covered part only (straight alpha), so edges do not darken.
    private static byte Channel(double sum, double alpha) => alpha == 0 ? (byte)0 : (byte)Math.Round(sum / alpha);

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        var buffer = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        System.Text.Encoding.ASCII.GetBytes(type, buffer.AsSpan(4));
        data.CopyTo(buffer, 8);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(8 + data.Length), Crc32(buffer.AsSpan(4, 4 + data.Length)));
        stream.Write(buffer);
    }

    // PNG's CRC-32 (ISO-HDLC); System.IO.Hashing is a package, and this needs no package.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
