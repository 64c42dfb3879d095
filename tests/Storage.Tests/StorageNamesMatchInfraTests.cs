using System.Text.RegularExpressions;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.Storage.Tests;

/// <summary>The Bicep creates in Azure exactly the tables and queues the code uses.</summary>
public sealed partial class StorageNamesMatchInfraTests
{
    [Fact]
    public void MainBicep_TablesAndQueues_AreTheOnesStorageNamesUses()
    {
        var bicep = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "infra", "main.bicep"));
        var names = new StorageNames("");

        Assert.Equal(names.Tables.Order(), ParamList(bicep, "tableNames").Order());
        Assert.Equal(names.WorkQueues.Order(), ParamList(bicep, "queueNames").Order());
    }

    private static IEnumerable<string> ParamList(string bicep, string name)
    {
        var match = Regex.Match(bicep, $@"param {name} string\[\] = \[(?<items>[^\]]*)\]");
        Assert.True(match.Success, $"infra/main.bicep declares no 'param {name} string[] = [...]'.");
        return QuotedName().Matches(match.Groups["items"].Value).Select(m => m.Groups[1].Value);
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedName();
}
