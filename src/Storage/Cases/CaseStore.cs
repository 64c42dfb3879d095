namespace SomeTeams.Storage.Cases;

public sealed class CaseStore;
