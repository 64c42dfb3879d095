using SomeTeams.TestKit.Azurite;

namespace SomeTeams.Connectors.Tests.Credentials;

/// <summary>
/// The few connector tests that need real tables share one Azurite; the rest of this assembly
/// runs without one, so it is a collection fixture rather than an assembly fixture.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AzuriteTables : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
