using SomeTeams.Functions.Hosting;

namespace SomeTeams.Functions;

/// <summary>Every function of the app, once: both hosts and the committed function.json files follow this list.</summary>
public static class FunctionCatalog
{
    public static IReadOnlyList<FunctionDefinition> All { get; } = [];
}
