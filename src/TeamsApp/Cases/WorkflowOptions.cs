namespace SomeTeams.TeamsApp.Cases;

/// <summary>The <c>Workflow</c> section: how the bot runs the case workflow.</summary>
internal sealed class WorkflowOptions
{
    public const string Section = "Workflow";

    /// <summary>The brand whose reply templates the card offers (TemplateLibrary's brand).</summary>
    public string Brand { get; set; } = "";

    /// <summary>A templates JSON file ({ "templates": [ … ] }); none means no templates.</summary>
    public string? TemplatesPath { get; set; }

    /// <summary>The language of the channel card everyone sees before their own view arrives.</summary>
    public string ChannelLocale { get; set; } = "fi-FI";

    /// <summary>The brand's tone-of-voice guide, given to the reply assistant (when one is configured).</summary>
    public string? ToneOfVoice { get; set; }

    /// <summary>How long "Suggest a reply" waits for the assistant before the templates answer: the click must be answered within about 4 s, the channel card's update aside.</summary>
    public TimeSpan SuggestWithin { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>How long a click waits for the channel card's PUT before handing it to the cards queue.</summary>
    public TimeSpan CardUpdateWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Colleagues a case can be handed to: Entra object id → display name.</summary>
    public Dictionary<string, string> Colleagues { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// A configured role: <c>Approvers:UserIds</c>, <c>Managers:UserIds</c> (Entra object ids of
/// people) and <c>Approvers:GroupIds</c>, <c>Managers:GroupIds</c> (Entra groups, checked through Graph).
/// </summary>
internal sealed class RoleOptions
{
    public const string Approvers = "Approvers";
    public const string Managers = "Managers";

    public List<string> UserIds { get; } = [];

    public List<string> GroupIds { get; } = [];

    public bool Has(string id, IReadOnlySet<string> memberOf) =>
        UserIds.Contains(id, StringComparer.OrdinalIgnoreCase) || GroupIds.Any(memberOf.Contains);
}
