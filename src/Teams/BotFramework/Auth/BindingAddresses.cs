using System.Net;
using Microsoft.Extensions.Configuration;

namespace SomeTeams.Teams.BotFramework.Auth;

/// <summary>The addresses the web host will listen on, read from the same settings Kestrel reads.</summary>
public static class BindingAddresses
{
    /// <summary>Every configured binding: <c>urls</c> (ASPNETCORE_URLS), <c>http_ports</c>/<c>https_ports</c>, and Kestrel endpoints.</summary>
    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = new List<string>();
        urls.AddRange(Split(configuration["urls"]));

        // Ports alone bind every interface.
        urls.AddRange(Split(configuration["http_ports"]).Select(p => $"http://*:{p}"));
        urls.AddRange(Split(configuration["https_ports"]).Select(p => $"https://*:{p}"));
        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        return urls;
    }

    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? url : url[(start + 3)..];
        var host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']', StringComparison.Ordinal) + 1)] : rest.Split(':', '/')[0];
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    private static string[] Split(string? value) =>
        (value ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
