using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace SomeTeams.Cli.Package;

/// <summary>
/// Validates a filled manifest or localisation file against the schemas vendored in
/// manifest/schema (draft-04, from npm @microsoft/app-manifest), offline.
/// </summary>
internal static class SchemaCheck
{
    public const string ManifestSchema = "MicrosoftTeams.schema.json";
    public const string LocalizationSchema = "MicrosoftTeams.Localization.schema.json";

    public static async Task<IEnumerable<string>> ValidateAsync(string schemaPath, string json, string fileName, CancellationToken cancellationToken)
    {
        var schema = await JsonSchema.FromFileAsync(schemaPath, cancellationToken).ConfigureAwait(false);
        return Flatten(schema.Validate(json)).Select(e => $"{fileName}: {e.Path}: {e.Kind}").Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// NJsonSchema ignores <c>const</c> (a draft-06 keyword); the schema uses it once, to pin
    /// manifestVersion to its own version, so that one is checked here.
    /// </summary>
    public static async Task<string?> ManifestVersionAsync(string schemaPath, JsonNode manifest, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(schemaPath);
        var schema = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var expected = schema?["properties"]?["manifestVersion"]?["const"]?.GetValue<string>();
        var actual = manifest["manifestVersion"]?.ToString();
        return expected is null || expected == actual
            ? null
            : $"manifest.json: manifestVersion is '{actual}' but manifest/schema is the v{expected} schema";
    }

    // An array item or oneOf error wraps the errors that say what is actually wrong.
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Flatten(child.Errors.SelectMany(pair => pair.Value))
            : [e]);
}
