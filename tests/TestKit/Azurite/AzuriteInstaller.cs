namespace SomeTeams.TestKit.Azurite;

/// <summary>
/// Makes sure Azurite is in the repository's node_modules, installing it from the committed
/// lock file (package-lock.json) when it is missing, so every run uses the same version.
/// </summary>
internal static class AzuriteInstaller
{
    public const string EntryPoint = "node_modules/azurite/dist/src/azurite.js";

    public static async Task<string> EnsureInstalledAsync(string root, CancellationToken cancellationToken)
    {
        var entry = Path.Combine(root, EntryPoint);
        if (File.Exists(entry))
        {
            return entry;
        }

        // Several test assemblies may start at once; one installs while the others wait on the lock.
        var lockDir = Path.Combine(root, ".local");
        Directory.CreateDirectory(lockDir);
        using var gate = await AcquireAsync(Path.Combine(lockDir, "npm-install.lock"), cancellationToken).ConfigureAwait(false);
        if (!File.Exists(entry))
        {
            var npm = ChildProcess.StartInfo("npm", root, "ci", "--no-audit", "--no-fund");
            await ChildProcess.RunAsync(npm, "install Azurite from package-lock.json", TimeSpan.FromMinutes(10), cancellationToken).ConfigureAwait(false);
        }

        return File.Exists(entry)
            ? entry
            : throw new InvalidOperationException($"npm ci finished but {entry} is missing; is azurite still in package.json?");
    }

    private static async Task<FileStream> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        var deadline = DateTimeOffset.UtcNow.AddMinutes(11);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTimeOffset.UtcNow < deadline)
            {
                await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
