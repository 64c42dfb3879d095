using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SomeTeams.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void Validate_ConnectionStringOnly_Succeeds() =>
        Assert.Null(Problems(new() { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" }));

    [Fact]
    public void Validate_BothServiceUris_Succeeds() => Assert.Null(Problems(new()
    {
        ["Storage:TableServiceUri"] = "https://acct.table.core.windows.net/",
        ["Storage:QueueServiceUri"] = "https://acct.queue.core.windows.net/",
    }));

    [Fact]
    public void Validate_NothingSet_NamesTheKeys() =>
        Assert.Contains("Storage:ConnectionString", Problems([]), StringComparison.Ordinal);

    [Fact]
    public void Validate_ConnectionStringAndUris_Refused() => Assert.Contains("not both", Problems(new()
    {
        ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        ["Storage:TableServiceUri"] = "https://acct.table.core.windows.net/",
    }), StringComparison.Ordinal);

    [Fact]
    public void Validate_OnlyTableUri_AsksForQueueUri() =>
        Assert.Contains("Storage:QueueServiceUri is required", Problems(new() { ["Storage:TableServiceUri"] = "https://acct.table.core.windows.net/" }), StringComparison.Ordinal);

    [Fact]
    public void Validate_PlainHttpUri_Refused() => Assert.Contains("https", Problems(new()
    {
        ["Storage:TableServiceUri"] = "http://acct.table.core.windows.net/",
        ["Storage:QueueServiceUri"] = "https://acct.queue.core.windows.net/",
    }), StringComparison.Ordinal);

    [Theory]
    [InlineData("1abc")]
    [InlineData("a-b")]
    [InlineData("Upper")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabc")]
    public void Validate_BadPrefix_Refused(string prefix) => Assert.Contains("Storage:NamePrefix", Problems(new()
    {
        ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        ["Storage:NamePrefix"] = prefix,
    }), StringComparison.Ordinal);

    [Fact]
    public void Names_WithPrefix_AllPrefixedAndPoisonTwinsPresent()
    {
        var names = new StorageNames("t1");

        Assert.All(names.Tables.Concat(names.Queues), n => Assert.StartsWith("t1", n, StringComparison.Ordinal));
        Assert.Contains("t1outbox-poison", names.Queues);
        Assert.Empty(names.Problems());
    }

    [Fact]
    public void CreateOnStart_Unset_FollowsTheConnectionKind()
    {
        Assert.True(new StorageOptions { ConnectionString = "x" }.ShouldCreateOnStart);
        Assert.False(new StorageOptions { TableServiceUri = new("https://a.table.core.windows.net/") }.ShouldCreateOnStart);
        Assert.False(new StorageOptions { ConnectionString = "x", CreateOnStart = false }.ShouldCreateOnStart);
    }

    [Fact]
    public void Clients_ServiceUrisWithManagedIdentity_AddressThePrefixedNames()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:TableServiceUri"] = "https://acct.table.core.windows.net",
            ["Storage:QueueServiceUri"] = "https://acct.queue.core.windows.net/",
            ["Storage:ManagedIdentityClientId"] = "00000000-0000-0000-0000-000000000001",
            ["Storage:NamePrefix"] = "dev",
        }).Build();
        using var provider = new ServiceCollection().AddStorage(configuration).BuildServiceProvider();
        var clients = provider.GetRequiredService<StorageClients>();

        Assert.Equal("https://acct.queue.core.windows.net/devoutbox-poison", clients.Queue(StorageNames.Poison(clients.Names.OutboxQueue)).Uri.AbsoluteUri);
        Assert.Equal("https://acct.table.core.windows.net/", clients.Tables.Uri.AbsoluteUri);
        Assert.Equal("devcases", clients.Table(clients.Names.CasesTable).Name);
    }

    private static string? Problems(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddStorage(configuration).BuildServiceProvider();
        var exception = Record.Exception(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);
        return exception is OptionsValidationException e ? e.Message : exception?.ToString();
    }
}
