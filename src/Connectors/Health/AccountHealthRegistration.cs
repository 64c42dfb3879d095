using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SomeTeams.Core.Accounts;

namespace SomeTeams.Connectors.Health;

public static class AccountHealthRegistration
{
    /// <summary>
    /// The recorder, with thresholds from <c>Connectors:Health</c> {WebhookSilenceMinutes,
    /// WebhookGraceMinutes, UnreachablePolls}. The host also registers an
    /// <see cref="IAccountHealthStore"/> (AddStorage does).
    /// </summary>
    public static IServiceCollection AddAccountHealth(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(Thresholds(configuration.GetSection("Connectors:Health")));
        services.TryAddSingleton<AccountHealthRecorder>();
        return services;
    }

    internal static HealthThresholds Thresholds(IConfiguration section)
    {
        var d = HealthThresholds.Default;
        var silence = Positive(section, "WebhookSilenceMinutes", (int)d.WebhookSilence.TotalMinutes);
        var grace = Positive(section, "WebhookGraceMinutes", (int)d.WebhookGrace.TotalMinutes);
        if (grace >= silence)
        {
            throw new InvalidOperationException($"Connectors:Health:WebhookGraceMinutes ({grace}) must be shorter than WebhookSilenceMinutes ({silence}).");
        }

        return new(TimeSpan.FromMinutes(silence), TimeSpan.FromMinutes(grace), Positive(section, "UnreachablePolls", d.UnreachablePolls));
    }

    private static int Positive(IConfiguration section, string key, int fallback) => section[key] switch
    {
        null => fallback,
        var v when int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 => n,
        var v => throw new InvalidOperationException($"Connectors:Health:{key} is '{v}'; expected a whole number above zero."),
    };
}
