using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SomeTeams.Cli.Package;

/// <summary>
/// <c>someteams package --env &lt;name&gt; [--out &lt;zip&gt;] [--root &lt;dir&gt;]</c>: fills manifest/ from
/// env/.env.&lt;name&gt;, validates the manifest, translations and icons, and writes the Teams
/// app package (default manifest/build/appPackage.&lt;name&gt;.zip).
/// </summary>
internal static class PackageCommand
{
    public const string Summary = "build the Teams app package zip for an environment (--env <name>)";
    private const string Usage = "usage: someteams package --env <name> [--out <zip>] [--root <dir>]";

    // A fixed entry time makes the same inputs give the same zip, byte for byte.
    private static readonly DateTimeOffset EntryTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    // Relaxed escaping keeps ä, å and – readable in the packaged files; they are never HTML.
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = PackageOptions.Parse(args, Directory.GetCurrentDirectory());
        if (options.Problem is { } argumentProblem)
        {
            await error.WriteLineAsync($"someteams package: {argumentProblem}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        var (values, problems) = await EnvironmentFile.LoadAsync(Path.Combine(options.Root, "env"), options.Environment, cancellationToken).ConfigureAwait(false);
        var files = problems.Count == 0 ? await AppPackageFiles.CollectAsync(options.Root, options.Environment, values, problems, cancellationToken).ConfigureAwait(false) : [];
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"someteams package: {problem}").ConfigureAwait(false);
            }
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(options.Output)!);
        var temporary = options.Output + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
            foreach (var (name, content) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                await using var entryStream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
                await entryStream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
            }
        }
        File.Move(temporary, options.Output, overwrite: true);

        await output.WriteLineAsync($"someteams package: wrote {options.Output} ({string.Join(", ", files.Select(f => f.Name))}) for environment '{options.Environment}'").ConfigureAwait(false);
        return 0;
    }

    internal static byte[] Serialize(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            node.WriteTo(writer);
        }
        return buffer.ToArray();
    }
}
