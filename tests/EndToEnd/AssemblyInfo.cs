using SomeTeams.TestKit.Azurite;

// One Azurite for every end-to-end test; each test's hosts get its connection string.
[assembly: AssemblyFixture(typeof(AzuriteFixture))]
