using Microsoft.Extensions.Options;

namespace SomeTeams.Storage;

/// <summary>Checked on start, so a wrong key stops the host with a message instead of failing on the first click.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problems = new List<string>();
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasUris = options.TableServiceUri is not null || options.QueueServiceUri is not null;
        if (hasConnectionString && hasUris)
        {
            problems.Add("set either Storage:ConnectionString or Storage:TableServiceUri + Storage:QueueServiceUri, not both");
        }
        else if (!hasConnectionString && !hasUris)
        {
            problems.Add("Storage:ConnectionString, or Storage:TableServiceUri + Storage:QueueServiceUri, is required");
        }
        else if (!hasConnectionString)
        {
            CheckUri(options.TableServiceUri, "Storage:TableServiceUri", problems);
            CheckUri(options.QueueServiceUri, "Storage:QueueServiceUri", problems);
        }

        problems.AddRange(new StorageNames(options.NamePrefix).Problems().Select(p => $"Storage:NamePrefix '{options.NamePrefix}' gives a bad {p}"));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckUri(Uri? uri, string key, List<string> problems)
    {
        if (uri is null)
        {
            problems.Add($"{key} is required when the other service URI is set");
        }
        else if (!uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttps)
        {
            // A managed identity token must never travel over plain http.
            problems.Add($"{key} must be an absolute https URI");
        }
    }
}
