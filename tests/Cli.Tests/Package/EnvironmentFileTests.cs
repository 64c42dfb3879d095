using SomeTeams.Cli.Package;

namespace SomeTeams.Cli.Tests.Package;

public sealed class EnvironmentFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("someteams-env-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Load_QuotesCommentsAndUserFile_ReadAsTheToolkitDoes()
    {
        File.WriteAllText(Path.Combine(folder, ".env.dev"), """
            # a comment line
            APP_NAME_SUFFIX=" (dev)"
            BOT_DOMAIN=bot.example.com # the bot's host
            TEAMS_APP_ID=from-the-committed-file
            EMPTY=

            """);
        File.WriteAllText(Path.Combine(folder, ".env.dev.user"), "TEAMS_APP_ID=from-the-user-file\n");

        var (values, problems) = await EnvironmentFile.LoadAsync(folder, "dev", TestContext.Current.CancellationToken);

        Assert.Empty(problems);
        Assert.Equal(" (dev)", values["APP_NAME_SUFFIX"]);
        Assert.Equal("bot.example.com", values["BOT_DOMAIN"]);
        Assert.Equal("from-the-user-file", values["TEAMS_APP_ID"]);
        Assert.Equal("", values["EMPTY"]);
        Assert.Equal(4, values.Count);
    }

    [Fact]
    public async Task Load_LineWithoutEquals_IsAProblemWithItsLineNumber()
    {
        File.WriteAllText(Path.Combine(folder, ".env.dev"), "BOT_ID=1\nBOT_DOMAIN bot.example.com\n");

        var (_, problems) = await EnvironmentFile.LoadAsync(folder, "dev", TestContext.Current.CancellationToken);

        Assert.Equal([$"{Path.Combine(folder, ".env.dev")}:2: expected NAME=value"], problems);
    }
}
