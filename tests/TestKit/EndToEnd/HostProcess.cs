using System.Diagnostics;
using System.Text.RegularExpressions;
using SomeTeams.TestKit.Azurite;

namespace SomeTeams.TestKit.EndToEnd;

/// <summary>
/// Starts a built host of the solution (the bot, the functions) as its own process on a free
/// loopback port, configured only by environment variables, exactly as run.sh and App Service do.
/// The build is the test's own configuration (Release under test.sh), else the other one.
/// </summary>
public static partial class HostProcess
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The bot (src/TeamsApp). Local mode needs <c>Bot__AllowUnauthenticatedLocal=true</c> in <paramref name="settings"/>.</summary>
    public static Task<ServiceProcess> StartBotAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        StartAsync("TeamsApp", settings, cancellationToken);

    /// <summary>The functions on the embedded runner (src/Functions).</summary>
    public static Task<ServiceProcess> StartFunctionsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        StartAsync("Functions", settings, cancellationToken);

    public static string FindBuilt(string project)
    {
        var root = RepositoryRoot.Find();
        var mine = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var other = mine == "Release" ? "Debug" : "Release";
        foreach (var configuration in new[] { mine, other })
        {
            var dll = Path.Combine(root, "src", project, "bin", configuration, "net10.0", $"SomeTeams.{project}.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new InvalidOperationException($"SomeTeams.{project}.dll is not built under src/{project}/bin/{{Release,Debug}}/net10.0: build the solution first (./test.sh does).");
    }

    private static Task<ServiceProcess> StartAsync(string project, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var dll = FindBuilt(project);
        var info = ChildProcess.StartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", Path.GetDirectoryName(dll)!, dll);

        // Only what the test passes decides where the host listens and how it is configured.
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "ASPNETCORE_ENVIRONMENT" })
        {
            info.Environment.Remove(inherited);
        }

        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        return ServiceProcess.StartAsync(info, $"SomeTeams.{project}", Listening(), StartTimeout, cancellationToken);
    }

    [GeneratedRegex(@"Now listening on: http://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex Listening();
}
