namespace SomeTeams.TestKit.Azurite;

/// <summary>
/// One Azurite per test assembly: <c>[assembly: AssemblyFixture(typeof(AzuriteFixture))]</c>.
/// Set SOMETEAMS_AZURITE_CONNECTION to a connection string to use an Azurite that is already
/// running instead. Tests isolate themselves by name prefix (<see cref="Storage.TestStorage"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string ConnectionVariable = "SOMETEAMS_AZURITE_CONNECTION";

    // Azurite's well-known development account; not a secret.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private AzuriteProcess? _process;

    public string ConnectionString { get; private set; } = "";

    /// <summary>The PID of the Azurite this fixture started; null when it reuses a running one.</summary>
    public int? ProcessId => _process?.ProcessId;

    public async ValueTask InitializeAsync()
    {
        var existing = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(existing))
        {
            ConnectionString = existing;
            return;
        }

        var root = RepositoryRoot.Find();
        var entry = await AzuriteInstaller.EnsureInstalledAsync(root, CancellationToken.None).ConfigureAwait(false);
        _process = await AzuriteProcess.StartAsync(root, entry, CancellationToken.None).ConfigureAwait(false);
        ConnectionString = ConnectionStringFor(_process.BlobPort, _process.QueuePort, _process.TablePort);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Explicit endpoints, because UseDevelopmentStorage=true only knows the default ports.</summary>
    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
}
