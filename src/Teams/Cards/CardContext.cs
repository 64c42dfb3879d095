using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;

namespace SomeTeams.Teams.Cards;

/// <summary>
/// Everything a card needs besides the case and the viewer. The host fills it: the activity's
/// locale, the clock, the viewer's time zone, the templates and tone findings for this case.
/// </summary>
public sealed record CardContext
{
    /// <summary>The activity's locale ("fi-FI", "sv-FI", "en-US"); unknown → English.</summary>
    public string? Locale { get; init; }

    public required DateTimeOffset Now { get; init; }

    public TimeZoneInfo TimeZone { get; init; } = Helsinki;

    /// <summary>Templates that fit the case, offered to the claimer.</summary>
    public IReadOnlyList<TemplateOption> Templates { get; init; } = [];

    /// <summary>The tone check's findings on the current draft, already localised.</summary>
    public IReadOnlyList<ToneFinding> Findings { get; init; } = [];

    /// <summary>
    /// Text to put in the claimer's editor instead of the saved draft (a template just applied);
    /// nothing is saved until the claimer saves or sends.
    /// </summary>
    public string? EditorText { get; init; }

    /// <summary>Why the viewer's last click was refused, shown on top of the re-rendered card.</summary>
    public Refusal? Refusal { get; init; }

    /// <summary>
    /// Teams user ids (MRIs, "29:…") of the people who get their own view: the claimer and the
    /// approvers. At most 60 are used (bot-protocol.md §6.6); the rest refresh by hand.
    /// </summary>
    public IReadOnlyList<string> RefreshUserIds { get; init; } = [];

    /// <summary>
    /// How far the first-response clock has run on the business clock (Policies.SlaClock). When
    /// not given, the card works it out on the wall clock from the case's SLA start and due time.
    /// </summary>
    public SlaThreshold? SlaReached { get; init; }

    /// <summary>People a case may be handed over to (on shift); empty hides "Hand over".</summary>
    public IReadOnlyList<CardPerson> Colleagues { get; init; } = [];

    /// <summary>Whether a reply can be suggested for this case (fitting templates, or an assistant): shows "Suggest a reply".</summary>
    public bool CanSuggest { get; init; }

    /// <summary>
    /// A suggested reply just put in the claimer's editor (<see cref="EditorText"/>), where it came
    /// from and the tone check's findings on it; or that nothing could be suggested.
    /// </summary>
    public CardSuggestion? Suggestion { get; init; }

    public CardLanguage Language => CardLanguages.FromLocale(Locale);

    public static TimeZoneInfo Helsinki { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
}

/// <summary>A reply template the claimer may apply.</summary>
public sealed record TemplateOption(string Id, string Title);

/// <summary>One remark of the tone check on the draft, with its text in the viewer's language.</summary>
public sealed record ToneFinding(string Code, FindingSeverity Severity, string Message);

public enum FindingSeverity
{
    Info,
    Warning,

    /// <summary>The draft cannot be sent as it is.</summary>
    Blocking,
}

/// <summary>A colleague to hand a case over to: their Entra object id and name.</summary>
public sealed record CardPerson(string Id, string Name);

/// <summary>Where a suggested reply came from; <see cref="Nothing"/> when no suggestion fits the case.</summary>
public enum SuggestionOrigin
{
    Nothing,
    Templates,
    Assistant,
}

/// <summary>A suggestion in the editor: never saved or sent until the claimer does it, tone-checked like any draft.</summary>
public sealed record CardSuggestion(SuggestionOrigin Origin, IReadOnlyList<ToneFinding> Findings);
