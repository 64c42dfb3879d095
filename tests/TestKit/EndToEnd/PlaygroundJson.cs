using System.Text.Encodings.Web;
using System.Text.Json;

namespace SomeTeams.TestKit.EndToEnd;

/// <summary>JSON written as a person reads it (ä stays ä), for asserting on card texts.</summary>
public static class PlaygroundJson
{
    public static JsonSerializerOptions Readable { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
