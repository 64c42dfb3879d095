using Microsoft.Extensions.DependencyInjection;
using SomeTeams.Functions.Telemetry;

namespace SomeTeams.Functions.Hosting;

/// <summary>Runs one invocation of a function in its own service scope; shared by both hosts.</summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes)
{
    public async Task RunQueueAsync(FunctionDefinition function, QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        await using var scope = scopes.CreateAsyncScope();
        var instance = (IQueueFunction)scope.ServiceProvider.GetRequiredService(function.Implementation);
        using var span = FunctionSpans.StartQueue(function, message);
        await FunctionSpans.RunAsync(span, () => instance.RunAsync(message, cancellationToken)).ConfigureAwait(false);
    }

    public async Task RunTimerAsync(FunctionDefinition function, TimerTick tick, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        await using var scope = scopes.CreateAsyncScope();
        var instance = (ITimerFunction)scope.ServiceProvider.GetRequiredService(function.Implementation);
        using var span = FunctionSpans.StartTimer(function);
        await FunctionSpans.RunAsync(span, () => instance.RunAsync(tick, cancellationToken)).ConfigureAwait(false);
    }
}
