namespace SomeTeams.Teams.Graph;

/// <summary>
/// Microsoft Graph settings, bound from the <c>Graph</c> section. The app calls Graph as itself
/// (application permissions: TeamsActivity.Send, Schedule.Read.All, Presence.Read.All; anchors.md §4),
/// with a client secret, a certificate or a managed identity; <see cref="StaticToken"/> is for a
/// local fake Graph only.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Every request goes here; a test points it at the fake Graph.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    public string Scope { get; set; } = "https://graph.microsoft.com/.default";

    /// <summary>The customer's tenant: application tokens for Graph are always tenant-specific.</summary>
    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public string? CertificateThumbprint { get; set; }

    /// <summary>A user-assigned managed identity whose client id is <see cref="ClientId"/>.</summary>
    public bool UseManagedIdentity { get; set; }

    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>A fixed bearer token, accepted only when <see cref="BaseUrl"/> is a loopback address.</summary>
    public string? StaticToken { get; set; }

    /// <summary>The care team's team id: the notification topic when no link is set, and whose Shifts schedule is read.</summary>
    public string? TeamId { get; set; }

    /// <summary>
    /// Where a notification opens, with <c>caseId</c> added to its query (e.g. the tab or a deep
    /// link to the team). The card's own message link is not known when a notice is sent.
    /// </summary>
    public Uri? NotificationLink { get; set; }

    /// <summary>
    /// Whether presence may be read at all: some works councils do not allow it. When off, the
    /// presence reader answers Forbidden without asking Graph, as a tenant without consent would.
    /// </summary>
    public bool ReadPresence { get; set; } = true;

    /// <summary>
    /// How long a user's membership of the role groups (approvers, managers) is trusted before
    /// Graph is asked again: a removal from the group takes effect within this time.
    /// </summary>
    public TimeSpan GroupMembershipCacheFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Only when several Teams apps share one Entra app; otherwise Graph finds the app itself.</summary>
    public string? TeamsAppId { get; set; }
}
