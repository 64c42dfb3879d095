using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SomeTeams.Storage;

/// <summary>
/// Creates every table and queue. Runs at start-up for local runs (<see cref="StorageOptions.CreateOnStart"/>);
/// in Azure the Bicep creates them and the identity needs no create rights.
/// </summary>
public sealed class StorageInitializer(StorageClients clients, IOptions<StorageOptions> options) : IHostedService
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var names = clients.Names;
        var work = names.Tables.Select(t => (Task)clients.Table(t).CreateIfNotExistsAsync(cancellationToken))
            .Concat(names.Queues.Select(q => (Task)clients.Queue(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken)));
        await Task.WhenAll(work).ConfigureAwait(false);
    }

    Task IHostedService.StartAsync(CancellationToken cancellationToken) =>
        options.Value.ShouldCreateOnStart ? EnsureCreatedAsync(cancellationToken) : Task.CompletedTask;

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
