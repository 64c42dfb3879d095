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

    // An array item or oneOf error wraps the errors that say what is actually wrong.
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Flatten(child.Errors.SelectMany(pair => pair.Value))
            : [e]);
}
