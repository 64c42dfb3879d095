using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace SomeTeams.Cli.Tests.Package;

/// <summary>The committed manifest and translations against the vendored v1.30 schemas, with no node.</summary>
public sealed partial class ManifestSchemaTests
{
    private static readonly string ManifestFolder = Path.Combine(PackageWorkspace.RepositoryRoot, "manifest");

    private static readonly Dictionary<string, string> SampleValues = new(StringComparer.Ordinal)
    {
        ["APP_VERSION"] = "1.2.3",
        ["APP_NAME_SUFFIX"] = " (test)",
        ["TEAMS_APP_ID"] = "0f6b7e52-1111-4a5b-8c9d-0123456789ab",
        ["BOT_ID"] = "0f6b7e52-2222-4a5b-8c9d-0123456789ab",
        ["AAD_APP_CLIENT_ID"] = "0f6b7e52-3333-4a5b-8c9d-0123456789ab",
        ["BOT_DOMAIN"] = "app-someteams-bot-abcde.azurewebsites.net",
        ["DEVELOPER_NAME"] = "Example Telecom",
        ["DEVELOPER_WEBSITE_URL"] = "https://www.example.fi",
        ["DEVELOPER_PRIVACY_URL"] = "https://www.example.fi/privacy",
        ["DEVELOPER_TERMS_URL"] = "https://www.example.fi/terms",
    };

    [GeneratedRegex(@"\$\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();

    [Fact]
    public async Task Manifest_WithSampleValues_IsValidAgainstTheVendoredSchema()
    {
        var errors = await ValidateAsync("MicrosoftTeams.schema.json", Filled("manifest.json"));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task LocalizationFiles_EveryListedFile_IsValidAgainstTheLocalizationSchema()
    {
        var languages = Manifest()["localizationInfo"]!["additionalLanguages"]!.AsArray()
            .Select(l => (Tag: l!["languageTag"]!.GetValue<string>(), File: l["file"]!.GetValue<string>())).ToList();

        Assert.Equal([("fi", "fi.json"), ("sv", "sv.json")], languages);
        foreach (var (_, file) in languages)
        {
            Assert.Empty(await ValidateAsync("MicrosoftTeams.Localization.schema.json", Filled(file)));
        }
    }

    [Theory]
    [InlineData("fi.json")]
    [InlineData("sv.json")]
    public void LocalizationFile_EveryKey_TranslatesAStringOfTheManifest(string file)
    {
        var manifest = Manifest();
        var keys = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder, file)))!.AsObject()
            .Select(p => p.Key).Where(k => k != "$schema").ToList();

        Assert.All(keys, key => Assert.NotNull(Resolve(manifest, key)));
        // Every command description and activity text is translated, not only the names.
        Assert.Equal(4 + 6 + 6, keys.Count);
    }

    [Fact]
    public void Manifest_Version_IsTheVendoredSchemaVersion()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "schema", "MicrosoftTeams.schema.json")))!;
        var version = schema["properties"]!["manifestVersion"]!["const"]!.GetValue<string>();

        Assert.Equal("1.30", version);
        Assert.Equal(version, Manifest()["manifestVersion"]!.GetValue<string>());
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", Manifest()["$schema"]!.GetValue<string>());
    }

    [Fact]
    public async Task Schema_BrokenManifest_IsRejected()
    {
        var broken = JsonNode.Parse(Filled("manifest.json"))!.AsObject();
        broken.Remove("accentColor");
        broken["bots"]![0]!["scopes"] = new JsonArray("team", "everywhere");

        var errors = await ValidateAsync("MicrosoftTeams.schema.json", broken.ToJsonString());

        Assert.Contains(errors, e => e.Contains("accentColor", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("bots[0]", StringComparison.Ordinal));
    }

    private static JsonNode Manifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")))!;

    private static string Filled(string file) =>
        Placeholder().Replace(File.ReadAllText(Path.Combine(ManifestFolder, file)), m => SampleValues[m.Groups[1].Value]);

    private static async Task<List<string>> ValidateAsync(string schemaFile, string json)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(ManifestFolder, "schema", schemaFile), TestContext.Current.CancellationToken);
        return schema.Validate(json).Select(e => e.ToString()).ToList();
    }

    // Localisation keys are manifest paths such as "bots[0].commandLists[1].commands[2].description".
    private static JsonNode? Resolve(JsonNode node, string key)
    {
        JsonNode? current = node;
        foreach (var part in key.Split('.'))
        {
            var name = part.Split('[')[0];
            current = current?[name];
            foreach (Match index in Regex.Matches(part, @"\[(\d+)\]"))
            {
                current = current?.AsArray().ElementAtOrDefault(int.Parse(index.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return current;
    }
}
