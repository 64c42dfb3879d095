using System.Text.Json;
using System.Text.Json.Nodes;

namespace SomeTeams.Cli.Package;

/// <summary>
/// The files of the app package, filled and checked: manifest.json, the icons it names and
/// the localisation files it lists, each validated before anything is written.
/// </summary>
internal static class AppPackageFiles
{
    private static readonly (string Key, int Size, bool NeedsAlpha)[] Icons =
        [("color", 192, false), ("outline", 32, true), ("color32x32", 32, true)];

    public static async Task<List<(string Name, byte[] Content)>> CollectAsync(
        string root, string environment, IReadOnlyDictionary<string, string> values, List<string> problems, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(root, "manifest");
        var schemas = Path.Combine(folder, "schema");
        var used = new SortedSet<string>(StringComparer.Ordinal);
        var manifest = await ReadJsonAsync(folder, "manifest.json", problems, cancellationToken).ConfigureAwait(false);
        if (manifest is null)
        {
            return [];
        }

        ManifestTemplate.Fill(manifest, values, used);
        var files = new List<(string Name, byte[] Content)> { ("manifest.json", PackageCommand.Serialize(manifest)) };
        foreach (var (key, size, needsAlpha) in Icons)
        {
            if (manifest["icons"]?[key]?.GetValue<string>() is { } icon && await ReadIconAsync(folder, icon, size, needsAlpha, problems, cancellationToken).ConfigureAwait(false) is { } png)
            {
                files.Add((icon, png));
            }
        }

        var translations = new List<(string Name, JsonNode Json)>();
        foreach (var name in LocalizationFiles(manifest))
        {
            if (await ReadJsonAsync(folder, name, problems, cancellationToken).ConfigureAwait(false) is { } json)
            {
                ManifestTemplate.Fill(json, values, used);
                translations.Add((name, json));
                files.Add((name, PackageCommand.Serialize(json)));
            }
        }

        var missing = used.Where(name => !values.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"env/.env.{environment} does not set {string.Join(", ", missing)} (used as ${{{{NAME}}}} in manifest/)");
            return [];
        }

        var manifestSchema = Path.Combine(schemas, SchemaCheck.ManifestSchema);
        var invalid = (await SchemaCheck.ValidateAsync(manifestSchema, manifest.ToJsonString(), "manifest.json", cancellationToken).ConfigureAwait(false)).ToList();
        if (await SchemaCheck.ManifestVersionAsync(manifestSchema, manifest, cancellationToken).ConfigureAwait(false) is { } version)
        {
            invalid.Add(version);
        }
        foreach (var (name, json) in translations)
        {
            invalid.AddRange(await SchemaCheck.ValidateAsync(Path.Combine(schemas, SchemaCheck.LocalizationSchema), json.ToJsonString(), name, cancellationToken).ConfigureAwait(false));
        }
        var empty = used.Where(name => values[name].Length == 0).ToList();
        if (invalid.Count > 0 && empty.Count > 0)
        {
            // The usual cause: a value the toolkit or the deployment outputs have not filled in yet.
            invalid.Add($"empty in env/.env.{environment}: {string.Join(", ", empty)}");
        }
        problems.AddRange(invalid);
        return files;
    }

    private static IEnumerable<string> LocalizationFiles(JsonNode manifest)
    {
        var info = manifest["localizationInfo"];
        if (info?["defaultLanguageFile"]?.GetValue<string>() is { } defaultFile)
        {
            yield return defaultFile;
        }
        foreach (var language in info?["additionalLanguages"]?.AsArray() ?? [])
        {
            if (language?["file"]?.GetValue<string>() is { } file)
            {
                yield return file;
            }
        }
    }

    private static async Task<JsonNode?> ReadJsonAsync(string folder, string name, List<string> problems, CancellationToken cancellationToken)
    {
        if (await ReadAsync(folder, name, problems, cancellationToken).ConfigureAwait(false) is not { } bytes)
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(bytes) ?? throw new JsonException("the file holds only null");
        }
        catch (JsonException e)
        {
            problems.Add($"manifest/{name} is not valid JSON: {e.Message}");
            return null;
        }
    }

    private static async Task<byte[]?> ReadIconAsync(string folder, string name, int size, bool needsAlpha, List<string> problems, CancellationToken cancellationToken)
    {
        var bytes = await ReadAsync(folder, name, problems, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        var header = PngHeader.Read(bytes);
        if (header is null || header.Width != size || header.Height != size || (needsAlpha && !header.HasAlpha))
        {
            var found = header is null ? "not a PNG" : $"{header.Width}x{header.Height}{(header.HasAlpha ? " with alpha" : " without alpha")}";
            problems.Add($"manifest/{name} must be a {size}x{size} PNG{(needsAlpha ? " with an alpha channel (transparent background)" : "")}; it is {found}");
            return null;
        }
        return bytes;
    }

    private static async Task<byte[]?> ReadAsync(string folder, string name, List<string> problems, CancellationToken cancellationToken)
    {
        // Package entries are plain names inside manifest/; a path out of it is a mistake.
        var path = Path.GetFullPath(Path.Combine(folder, name));
        if (Path.IsPathRooted(name) || !path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            problems.Add($"'{name}' in manifest.json must be a file inside manifest/");
            return null;
        }
        if (!File.Exists(path))
        {
            problems.Add($"manifest/{name} not found (named in manifest.json)");
            return null;
        }
        return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
    }
}
