namespace SomeTeams.TestKit.EndToEnd;

/// <summary>One person of the Playground's mock team: Teams id ("29:…"), Entra object id, display name.</summary>
public sealed record PlaygroundPerson(string Id, string AadObjectId, string Name);

/// <summary>
/// The mock tenant of <c>eng/playground/m365agentsplayground.yml</c>, which the Playground loads
/// and the local run configures the bot's roles from. Keep the two equal (a test compares them).
/// </summary>
public static class PlaygroundPeople
{
    public const string ConfigPath = "eng/playground/m365agentsplayground.yml";
    public const string TenantId = "5e000000-0000-4000-8000-00000000a000";
    public const string BotId = "28:5e000000-0000-4000-8000-00000000b075";
    public const string BotName = "SomeTeams";
    public const string TeamName = "Nordlink Somehoito";

    /// <summary>The team's id, which is also its General channel's id.</summary>
    public const string TeamId = "19:nordlink-somehoito@thread.tacv2";
    public const string TriageChannelId = "19:somehoito-triage@thread.tacv2";
    public const string TriageChannelName = "Triage";
    public const string PersonalChatId = "a:aino-someteams";
    public const string GroupChatId = "19:somehoito-chat@thread.v2";

    /// <summary>The agent at the keyboard: the Playground's UI and its conversation API act as her.</summary>
    public static PlaygroundPerson Aino { get; } = new("29:aino", "5e000000-0000-4000-8000-000000000001", "Aino Virtanen");

    public static PlaygroundPerson Bertil { get; } = new("29:bertil", "5e000000-0000-4000-8000-000000000002", "Bertil Lindqvist");

    /// <summary>The evening-shift agent.</summary>
    public static PlaygroundPerson Eveliina { get; } = new("29:eveliina", "5e000000-0000-4000-8000-000000000003", "Eveliina Korhonen");

    /// <summary>The manager who approves.</summary>
    public static PlaygroundPerson Maija { get; } = new("29:maija", "5e000000-0000-4000-8000-000000000004", "Maija Mäkinen");

    public static PlaygroundPerson Aaro { get; } = new("29:aaro", "5e000000-0000-4000-8000-000000000005", "Aaro Nieminen");

    /// <summary>A colleague with no care role; the schema needs exactly five users besides the current one.</summary>
    public static PlaygroundPerson Ville { get; } = new("29:ville", "5e000000-0000-4000-8000-000000000006", "Ville Laine");

    public static IReadOnlyList<PlaygroundPerson> Everyone { get; } = [Aino, Bertil, Eveliina, Maija, Aaro, Ville];
}
