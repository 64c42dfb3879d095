using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SomeTeams.Storage.Queues;

namespace SomeTeams.Functions.Hosting.Embedded;

public static class EmbeddedRunnerServiceCollectionExtensions
{
    /// <summary>Runs <paramref name="functions"/> in this process: a listener per queue function, a runner per timer function.</summary>
    public static IServiceCollection AddEmbeddedRunner(this IServiceCollection services, IConfiguration configuration, IEnumerable<FunctionDefinition> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        services.AddOptions<EmbeddedRunnerOptions>().Bind(configuration.GetSection(EmbeddedRunnerOptions.Section));
        services.AddSingleton<FunctionInvoker>();
        // Read here, not from the bound options, so a worker that only drains queues registers no timer at all.
        var runTimers = configuration.GetSection(EmbeddedRunnerOptions.Section).GetValue(nameof(EmbeddedRunnerOptions.RunTimers), true);
        foreach (var function in functions)
        {
            switch (function.Trigger)
            {
                case FunctionTrigger.QueueMessageArrives q:
                    services.AddSingleton<IHostedService>(sp => new QueueListener(
                        function,
                        sp.GetRequiredService<WorkQueues>().For(q.QueueName),
                        sp.GetRequiredService<FunctionInvoker>(),
                        sp.GetRequiredService<IOptions<EmbeddedRunnerOptions>>(),
                        sp.GetRequiredService<TimeProvider>(),
                        sp.GetRequiredService<ILogger<QueueListener>>()));
                    break;
                case FunctionTrigger.TimerFires when runTimers:
                    services.AddSingleton<IHostedService>(sp => new TimerRunner(
                        function, sp.GetRequiredService<FunctionInvoker>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TimerRunner>>()));
                    break;
            }
        }

        return services;
    }
}
