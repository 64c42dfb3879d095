using SomeTeams.TestKit.Azurite;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]
