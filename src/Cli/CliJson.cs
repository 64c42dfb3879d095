using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization;

namespace SomeTeams.Cli;

internal sealed record TriageInput(string? Id, string? Network, string? Text, long? Followers, double? AgeMinutes);

internal sealed record TriageOutput(
    string? Id,
    string Language,
    string Sentiment,
    string Topic,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Pii,
    bool Sensitive,
    string Priority);

internal sealed record TriageError(string? Id, string Error);

internal sealed record ToneOutput(bool NeedsApproval, bool CanSend, IReadOnlyList<ToneFindingOutput> Findings);

internal sealed record ToneFindingOutput(string Code, string Severity, string Message);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TriageInput))]
[JsonSerializable(typeof(TriageOutput))]
[JsonSerializable(typeof(TriageError))]
[JsonSerializable(typeof(ToneOutput))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>Finnish and Swedish letters stay readable in the output instead of \u escapes.</summary>
    public static CliJson Readable { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
}
