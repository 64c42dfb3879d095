using System.Text.Json;

namespace SomeTeams.Connectors.Meta;

/// <summary>A Graph write's answer as an <see cref="ActionOutcome"/>, the same for Facebook and Instagram.</summary>
internal static class GraphOutcome
{
    public static ActionOutcome From(GraphCall call)
    {
        if (call.Error is { } error)
        {
            return call.MaybeDelivered ? new ActionOutcome.Unknown(error.Reason) : new ActionOutcome.Failed(error);
        }

        try
        {
            var answer = JsonSerializer.Deserialize(call.Body!, GraphJson.Default.GraphAnswer);
            return new ActionOutcome.Done(answer?.Id ?? answer?.MessageId, null);
        }
        catch (JsonException)
        {
            // Blocks answer {"<id>": true}, and Graph accepted the call (2xx) in any case.
            return new ActionOutcome.Done(null, null);
        }
    }

    public static Func<HttpContent?> Form(params (string Key, string Value)[] fields) =>
        () => new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));

    public static Func<HttpContent?> Json(SendRequest request) =>
        () => System.Net.Http.Json.JsonContent.Create(request, GraphJson.Default.SendRequest);
}
