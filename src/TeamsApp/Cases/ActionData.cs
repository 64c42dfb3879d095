using System.Globalization;
using System.Text.Json;
using SomeTeams.Core.Cases;
using SomeTeams.Teams.Cards;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// An Action.Execute's data as the card sent it: the case id, the case version the card showed,
/// and the inputs Teams merged in. Only read here; identity never comes from it.
/// </summary>
internal sealed class ActionData
{
    private readonly JsonElement data;

    private ActionData(JsonElement data, CaseId caseId, long? version)
    {
        this.data = data;
        CaseId = caseId;
        Version = version;
    }

    public CaseId CaseId { get; }

    /// <summary>The version the card showed; absent only on cards drawn before versions existed.</summary>
    public long? Version { get; }

    /// <summary>The data, or why it is not usable (a clear message for the 400 answer).</summary>
    public static (ActionData? Data, string? Problem) Read(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } d)
        {
            return (null, "The action has no 'data' object.");
        }

        if (!d.TryGetProperty(CardInputs.CaseId, out var id) || id.ValueKind != JsonValueKind.String || id.GetString() is not { Length: > 0 and <= 100 } caseId)
        {
            return (null, $"The action's data has no '{CardInputs.CaseId}' string.");
        }

        long? version = null;
        if (d.TryGetProperty(CardInputs.Version, out var v))
        {
            // Teams echoes numbers as numbers; a card author may have written a string.
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) && n > 0)
            {
                version = n;
            }
            else if (v.ValueKind == JsonValueKind.String && long.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                version = parsed;
            }
            else
            {
                return (null, $"The action's '{CardInputs.Version}' is not a positive whole number.");
            }
        }

        return (new ActionData(d.Clone(), new CaseId(caseId), version), null);
    }

    /// <summary>A text input; null when absent, empty or not a string.</summary>
    public string? Text(string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } s && !string.IsNullOrWhiteSpace(s)
            ? s
            : null;
}
