using SomeTeams.TestKit.EndToEnd;

namespace SomeTeams.EndToEnd.Tests;

/// <summary>
/// Chromium for the browser tests. Where ensure-tools.sh installs it (CI, or Linux as root) a
/// missing browser is a failure; elsewhere (a developer's Mac, no root) the test is skipped.
/// </summary>
internal static class BrowserChromium
{
    public static string Require()
    {
        if (ChromiumSession.FindExecutable() is { } found)
        {
            return found;
        }

        var why = $"Chromium is not at {ChromiumSession.DefaultExecutable} and SOMETEAMS_CHROMIUM names no file. " +
            "Install it with eng/ensure-tools.sh (Debian's chromium package) or point SOMETEAMS_CHROMIUM at a Chromium.";
        var expected = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || (OperatingSystem.IsLinux() && Environment.UserName == "root");
        if (expected)
        {
            Assert.Fail(why);
        }

        Assert.Skip(why);
        return string.Empty;
    }
}
