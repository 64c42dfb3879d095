using System.Diagnostics;
using Azure.Data.Tables;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.Storage.Tests;

/// <summary>The fixture's own life: these start a second Azurite next to the shared one.</summary>
public sealed class AzuriteFixtureTests
{
    private static readonly TimeSpan ExitDeadline = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fixture_StartedAndDisposed_ServesThenStopsItsProcess()
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable(AzuriteFixture.ConnectionVariable) is not null, "reusing a running Azurite");
        var fixture = new AzuriteFixture();
        await fixture.InitializeAsync();
        var pid = fixture.ProcessId!.Value;
        using var process = Process.GetProcessById(pid);

        await new TableServiceClient(fixture.ConnectionString).CreateTableIfNotExistsAsync("fixturecheck", Ct);
        await fixture.DisposeAsync();

        await process.WaitForExitAsync(Ct).WaitAsync(ExitDeadline, Ct);
        Assert.True(process.HasExited);
    }

    [Fact]
    public async Task Process_HostGoneWithoutDispose_AzuriteExitsByItself()
    {
        var root = RepositoryRoot.Find();
        var entry = await AzuriteInstaller.EnsureInstalledAsync(root, Ct);
        await using var azurite = await AzuriteProcess.StartAsync(root, entry, Ct);

        azurite.CloseInput();

        await azurite.WaitForExitAsync(Ct).WaitAsync(ExitDeadline, Ct);
    }
}
