using SomeTeams.Core.Cases;

namespace SomeTeams.Core.Tests;

public sealed class CoreDependencyTests
{
    [Fact]
    public void CoreAssembly_ReferencesOnlyTheFramework()
    {
        var references = typeof(CaseMachine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal),
            $"SomeTeams.Core must stay pure, but references {name}."));
        Assert.DoesNotContain(references, name => name.StartsWith("Azure", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Graph", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || name.StartsWith("SomeTeams", StringComparison.Ordinal));
    }
}
