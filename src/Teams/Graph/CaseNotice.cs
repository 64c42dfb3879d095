using SomeTeams.Core.Cases;

namespace SomeTeams.Teams.Graph;

/// <summary>
/// One activity-feed notice about a case. <paramref name="ActivityType"/> must be declared in the
/// app manifest's <c>activities.activityTypes</c>, whose template uses
/// <paramref name="TemplateParameters"/>; <paramref name="Topic"/> and <paramref name="PreviewText"/>
/// are already in the recipient's language and hold no customer text (the feed is not the card).
/// </summary>
public sealed record CaseNotice(
    CaseId Case,
    string ActivityType,
    string Topic,
    string PreviewText,
    IReadOnlyDictionary<string, string> TemplateParameters);
