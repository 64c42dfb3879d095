using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Storage;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TestKit.Storage;

/// <summary>
/// A test's own tables and queues on the shared Azurite: a random name prefix, the Storage
/// services configured exactly as a host does it (<c>AddStorage</c> over configuration keys),
/// and the tables and queues created. Deleted again on dispose.
/// </summary>
public sealed class TestStorage : IAsyncDisposable
{
    private readonly List<ServiceProvider> _instances = [];
    private readonly TimeProvider? _time;

    private TestStorage(string connectionString, string prefix, TimeProvider? time)
    {
        ConnectionString = connectionString;
        Prefix = prefix;
        _time = time;
        Services = NewInstance();
    }

    public string ConnectionString { get; }

    public string Prefix { get; }

    /// <summary>The first "application instance".</summary>
    public IServiceProvider Services { get; }

    public static Task<TestStorage> CreateAsync(AzuriteFixture azurite, CancellationToken cancellationToken) =>
        CreateAsync(azurite, time: null, cancellationToken);

    /// <summary>With <paramref name="time"/> (e.g. a FakeTimeProvider) as every instance's clock.</summary>
    public static async Task<TestStorage> CreateAsync(AzuriteFixture azurite, TimeProvider? time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        // Starts with a letter and stays lowercase alphanumeric, so it is legal for tables and queues.
        var prefix = "t" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var storage = new TestStorage(azurite.ConnectionString, prefix, time);
        await storage.Get<StorageInitializer>().EnsureCreatedAsync(cancellationToken);
        return storage;
    }

    /// <summary>A plain queue client (Base64, as the application writes) for looking at a queue directly, e.g. its poison twin.</summary>
    public Azure.Storage.Queues.QueueClient RawQueue(string name) => Get<StorageClients>().Queue(name);

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Another application instance on the same tables and queues, with its own clients and
    /// connections, for tests where several instances race.
    /// </summary>
    public IServiceProvider NewInstance() => NewInstance(_time);

    /// <summary>Another application instance reading <paramref name="time"/> as its clock.</summary>
    public IServiceProvider NewInstance(TimeProvider? time)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = ConnectionString,
                ["Storage:NamePrefix"] = Prefix,
            })
            .Build();
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddStorage(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        lock (_instances)
        {
            _instances.Add(provider);
        }

        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        var clients = Get<StorageClients>();
        var names = clients.Names;
        // Keeps the in-memory Azurite small over a long run of many tests.
        await Task.WhenAll(names.Tables.Select(t => clients.Tables.DeleteTableAsync(t))
            .Concat<Task>(names.Queues.Select(q => clients.Queue(q).DeleteIfExistsAsync()))).ConfigureAwait(false);
        foreach (var provider in _instances)
        {
            await provider.DisposeAsync().ConfigureAwait(false);
        }
    }
}
