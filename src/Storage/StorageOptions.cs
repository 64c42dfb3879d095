namespace SomeTeams.Storage;

/// <summary>
/// The <c>Storage</c> section, the same keys in every host. Either a connection string
/// (Azurite, a developer account) or the two service URIs reached with a managed identity.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    /// <summary>A user-assigned identity's client id; without it the default credential chain is used.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prepended to every table and queue name; lets tests and side-by-side runs share one account.</summary>
    public string NamePrefix { get; set; } = "";

    /// <summary>
    /// Create the tables and queues at start-up. Unset means "yes with a connection string"
    /// (local runs on Azurite) and "no with service URIs" (Azure, where the Bicep creates them).
    /// </summary>
    public bool? CreateOnStart { get; set; }

    internal bool ShouldCreateOnStart => CreateOnStart ?? !string.IsNullOrWhiteSpace(ConnectionString);
}
