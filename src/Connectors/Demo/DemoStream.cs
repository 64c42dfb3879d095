using System.Text.Json;
using System.Text.Json.Serialization;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Demo;

/// <summary>
/// The built-in replay: <c>demo-stream.json</c>, hand-written mentions of the Finnish telecom
/// "Nordlink" across the networks (fi, sv, en), with follow-ups in threads, a few deletions,
/// our own replies coming back, and a crisis spike. Each event has an offset in stream seconds.
/// </summary>
internal sealed class DemoStream(IReadOnlyList<DemoEvent> events)
{
    /// <summary>Stream seconds of quiet after the last event before a loop starts again.</summary>
    private const int GapBeforeLoop = 60;

    private static readonly Lazy<DemoStream> Embedded = new(Load);

    public static DemoStream Default => Embedded.Value;

    public IReadOnlyList<DemoEvent> Events { get; } = events;

    public int Length { get; } = (events.Count == 0 ? 0 : events[^1].At) + GapBeforeLoop;

    public static Network? NetworkOf(string? name) => name switch
    {
        "x" => Network.X,
        "facebook" => Network.Facebook,
        "instagram" => Network.Instagram,
        "mastodon" => Network.Mastodon,
        "bluesky" => Network.Bluesky,
        "youtube" => Network.YouTube,
        "rss" => Network.Rss,
        _ => null,
    };

    private static DemoStream Load()
    {
        using var resource = typeof(DemoStream).Assembly.GetManifestResourceStream("SomeTeams.Connectors.Demo.demo-stream.json")
            ?? throw new InvalidOperationException("The demo stream resource is missing from the build.");
        var file = JsonSerializer.Deserialize(resource, DemoJson.Default.DemoFile) ?? throw new InvalidOperationException("The demo stream is empty.");
        return new DemoStream([.. file.Events.OrderBy(e => e.At)]);
    }
}

internal sealed record DemoFile(string Brand, List<DemoEvent> Events);

/// <summary>A mention in the stream, or (with <see cref="Deletes"/>) its author deleting an earlier one.</summary>
internal sealed record DemoEvent(
    string Id,
    int At,
    string Net,
    string? Kind,
    string? Lang,
    DemoAuthor? Author,
    string? Text,
    string? Thread,
    string? ReplyTo,
    bool Private,
    bool Own,
    string? Deletes);

internal sealed record DemoAuthor(string Id, string Handle, string Name);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DemoFile))]
internal sealed partial class DemoJson : JsonSerializerContext;
