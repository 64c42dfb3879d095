namespace SomeTeams.Core.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Solution_Builds_True() => Assert.True(true);
}
