namespace SomeTeams.Teams.Graph;

/// <summary>Graph's availability values (presence resource); anything new or unreadable is <see cref="PresenceUnknown"/>.</summary>
public enum PresenceAvailability
{
    PresenceUnknown,
    Available,
    AvailableIdle,
    Away,
    BeRightBack,
    Busy,
    BusyIdle,
    DoNotDisturb,
    Offline,
}

/// <summary>One person's presence. Advisory only: an offline person keeps their claims until their shift ends.</summary>
public sealed record UserPresence(string UserId, PresenceAvailability Availability, string? Activity)
{
    public bool IsOffline => Availability == PresenceAvailability.Offline;

    public static PresenceAvailability Parse(string? availability) =>
        Enum.GetValues<PresenceAvailability>().FirstOrDefault(v => string.Equals(v.ToString(), availability, StringComparison.Ordinal));
}
