using System.Globalization;
using System.Text.Json.Nodes;

namespace SomeTeams.TestKit.Fakes.Graph;

/// <summary>A shift in the team's schedule; <paramref name="Published"/> false leaves only a draft, as an unpublished Shifts edit does.</summary>
public sealed record FakeShift(string Id, string? UserId, DateTimeOffset Start, DateTimeOffset End, bool Published = true, bool StagedForDeletion = false)
{
    /// <summary>The shift resource as Graph v1.0 returns it (shift, shiftItem, scheduleEntity).</summary>
    public JsonObject ToJson()
    {
        JsonObject Item() => new()
        {
            ["displayName"] = "Aamuvuoro",
            ["notes"] = null,
            ["startDateTime"] = Instant(Start),
            ["endDateTime"] = Instant(End),
            ["theme"] = "blue",
            ["activities"] = new JsonArray(),
        };
        return new JsonObject
        {
            ["id"] = Id,
            ["createdDateTime"] = "2026-11-01T10:00:00.000Z",
            ["lastModifiedDateTime"] = "2026-11-01T10:00:00.000Z",
            ["schedulingGroupId"] = "TAG_228940ed-ff84-4e25-b129-1b395cf78be0",
            ["userId"] = UserId,
            ["isStagedForDeletion"] = StagedForDeletion,
            ["lastModifiedBy"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "366c0b19-49b1-41b5-a03f-9f3887bd0ed8", ["displayName"] = "John Doe" } },
            ["sharedShift"] = Published ? Item() : null,
            ["draftShift"] = Published ? null : Item(),
        };
    }

    internal static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
