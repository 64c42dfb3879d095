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
        foreach (var function in functions)
        {
            services.AddSingleton<IHostedService>(sp => function.Trigger switch
            {
                FunctionTrigger.QueueMessageArrives q => new QueueListener(
                    function,
                    sp.GetRequiredService<WorkQueues>().For(q.QueueName),
                    sp.GetRequiredService<FunctionInvoker>(),
                    sp.GetRequiredService<IOptions<EmbeddedRunnerOptions>>(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<QueueListener>>()),
                FunctionTrigger.TimerFires when sp.GetRequiredService<IOptions<EmbeddedRunnerOptions>>().Value.RunTimers => new TimerRunner(
                    function, sp.GetRequiredService<FunctionInvoker>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TimerRunner>>()),
                _ => new IdleService(),
            });
        }

        return services;
    }

    private sealed class IdleService : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
    }
}
