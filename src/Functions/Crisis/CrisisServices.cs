using Microsoft.Extensions.Options;

namespace SomeTeams.Functions.Crisis;

public static class CrisisServices
{
    /// <summary>Crisis mode: the volume recorder (triage), the grouping hook (card poster), the detector's parts.</summary>
    public static IServiceCollection AddCrisisMode(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrisisOptions>().Bind(configuration.GetSection(CrisisOptions.Section))
            .Validate(o => !o.Threshold.Problems().Any(), "Crisis: the spike threshold is not valid (Window ≥ 1 min, BaselineSpan ≥ Window, Factor ≥ 1, MinimumCount ≥ 1).")
            .Validate(o => o.RunLease > TimeSpan.Zero && o.ActiveCacheFor >= TimeSpan.Zero, "Crisis:RunLease must be positive and Crisis:ActiveCacheFor not negative.")
            .Validate(o => o.StatementBatch >= 1, "Crisis:StatementBatch must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<ActiveCrises>();
        services.AddSingleton<VolumeRecorder>();
        services.AddSingleton<CrisisGrouping>();
        services.AddSingleton<CrisisCardPoster>();
        services.AddSingleton<CrisisBoard>();
        services.AddSingleton<StatementFanOut>();
        return services;
    }
}
