using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SomeTeams.Connectors.Tests.Logging;

/// <summary>Keeps every log entry with its structured values, so tests can check what was (and was not) logged.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<LogEntry> entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. entries];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        entries.Enqueue(new LogEntry(logLevel, eventId.Id, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value)));
    }

    /// <summary>Everything logged, as one string, to check that no text, handle or token leaked.</summary>
    public string AllText => string.Join('\n', entries.Select(e => e.Message));
}

public sealed record LogEntry(LogLevel Level, int EventId, string Message, IReadOnlyDictionary<string, object?> Values);
