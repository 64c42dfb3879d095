using System.IO.Compression;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace SomeTeams.Cli.Tests.Package;

/// <summary>`someteams package` end to end: the committed manifest/ and env/ in, a Teams app zip out.</summary>
public sealed class PackageCommandTests : IDisposable
{
    private readonly PackageWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public async Task Package_LocalEnvironment_WritesManifestIconsAndTranslations()
    {
        var (exitCode, output, error) = await workspace.PackageAsync("--env", "local");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Contains(workspace.Zip, output, StringComparison.Ordinal);
        var entries = ReadZip();
        Assert.Equal(["color.png", "fi.json", "manifest.json", "outline.png", "sv.json"], entries.Keys.Order(StringComparer.Ordinal));
        var manifest = JsonNode.Parse(entries["manifest.json"])!;
        Assert.Equal("5e7ea3a5-0000-4000-8000-00000000a001", manifest["id"]!.GetValue<string>());
        Assert.Equal("5e7ea3a5-0000-4000-8000-00000000b001", manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("SomeTeams (local)", manifest["name"]!["short"]!.GetValue<string>());
        Assert.All(["manifest.json", "fi.json", "sv.json"], name => Assert.DoesNotContain("${{", System.Text.Encoding.UTF8.GetString(entries[name]), StringComparison.Ordinal));
        Assert.Equal("SomeTeams (local)", JsonNode.Parse(entries["fi.json"])!["name.short"]!.GetValue<string>());
        var schema = await JsonSchema.FromFileAsync(Path.Combine(workspace.Root, "manifest", "schema", "MicrosoftTeams.schema.json"), TestContext.Current.CancellationToken);
        Assert.Empty(schema.Validate(System.Text.Encoding.UTF8.GetString(entries["manifest.json"])));
    }

    [Fact]
    public async Task Package_ColorIcon_Is192SquareAndOpaque()
    {
        await workspace.PackageAsync("--env", "local");

        var color = PngImage.Decode(ReadZip()["color.png"]);

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.All(Pixels(color), p => Assert.Equal(255, p.A));
        // A drawing, not a flat square: the brand teal, the white bubble and the coral dot are all there.
        var colours = Pixels(color).Select(p => (p.R, p.G, p.B)).ToHashSet();
        Assert.Contains(((byte)0x0A, (byte)0x7E, (byte)0x8C), colours);
        Assert.Contains(((byte)0xFF, (byte)0xFF, (byte)0xFF), colours);
        Assert.Contains(((byte)0xFF, (byte)0x8A, (byte)0x5B), colours);
    }

    [Fact]
    public async Task Package_OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        await workspace.PackageAsync("--env", "local");

        var outline = PngImage.Decode(ReadZip()["outline.png"]);

        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(0, outline[0, 0].A);
        Assert.Equal(0, outline[31, 31].A);
        Assert.Equal(0, outline[16, 0].A);
        var drawn = Pixels(outline).Where(p => p.A > 0).ToList();
        Assert.InRange(drawn.Count, 100, 600);
        Assert.All(drawn, p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    [Fact]
    public async Task Package_MissingVariable_FailsNamingItAndWritesNothing()
    {
        var local = File.ReadAllLines(Path.Combine(workspace.Root, "env", ".env.local"));
        workspace.WriteEnvironment("test", string.Join('\n', local.Where(l => !l.StartsWith("BOT_ID=", StringComparison.Ordinal))));

        var (exitCode, _, error) = await workspace.PackageAsync("--env", "test");

        Assert.Equal(1, exitCode);
        Assert.Contains("env/.env.test does not set BOT_ID", error, StringComparison.Ordinal);
        Assert.False(File.Exists(workspace.Zip));
    }

    [Fact]
    public async Task Package_ValueThatBreaksTheSchema_FailsWithTheManifestPath()
    {
        workspace.WriteEnvironment("test", File.ReadAllText(Path.Combine(workspace.Root, "env", ".env.local")));
        File.WriteAllText(Path.Combine(workspace.Root, "env", ".env.test.user"), "BOT_ID=not-a-guid\n");

        var (exitCode, _, error) = await workspace.PackageAsync("--env", "test");

        Assert.Equal(1, exitCode);
        Assert.Contains("manifest.json: #/bots[0].botId: PatternMismatch", error, StringComparison.Ordinal);
        Assert.False(File.Exists(workspace.Zip));
    }

    [Fact]
    public async Task Package_EmptyDevTemplate_FailsNamingTheEmptyValues()
    {
        var (exitCode, _, error) = await workspace.PackageAsync("--env", "dev");

        Assert.Equal(1, exitCode);
        Assert.Contains("empty in env/.env.dev: AAD_APP_CLIENT_ID, BOT_DOMAIN, BOT_ID, TEAMS_APP_ID", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_UnknownEnvironment_FailsNamingTheFile()
    {
        var (exitCode, _, error) = await workspace.PackageAsync("--env", "staging");

        Assert.Equal(1, exitCode);
        Assert.Contains(Path.Combine("env", ".env.staging") + " not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_OutlineIconOfTheWrongSize_IsRejected()
    {
        File.Copy(Path.Combine(workspace.Root, "manifest", "color.png"), Path.Combine(workspace.Root, "manifest", "outline.png"), overwrite: true);

        var (exitCode, _, error) = await workspace.PackageAsync("--env", "local");

        Assert.Equal(1, exitCode);
        Assert.Contains("manifest/outline.png must be a 32x32 PNG with an alpha channel (transparent background); it is 192x192 with alpha", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_ManifestVersionOtherThanTheSchema_IsRejected()
    {
        var path = Path.Combine(workspace.Root, "manifest", "manifest.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"manifestVersion\": \"1.30\"", "\"manifestVersion\": \"1.29\"", StringComparison.Ordinal));

        var (exitCode, _, error) = await workspace.PackageAsync("--env", "local");

        Assert.Equal(1, exitCode);
        Assert.Contains("manifestVersion is '1.29' but manifest/schema is the v1.30 schema", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_SameInputsTwice_WritesTheSameBytes()
    {
        await workspace.PackageAsync("--env", "local");
        var first = File.ReadAllBytes(workspace.Zip);
        await workspace.PackageAsync("--env", "local");

        Assert.Equal(first, File.ReadAllBytes(workspace.Zip));
    }

    private Dictionary<string, byte[]> ReadZip()
    {
        using var zip = ZipFile.OpenRead(workspace.Zip);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        });
    }

    private static IEnumerable<(byte R, byte G, byte B, byte A)> Pixels(PngImage image) =>
        Enumerable.Range(0, image.Height).SelectMany(y => Enumerable.Range(0, image.Width).Select(x => image[x, y]));
}
