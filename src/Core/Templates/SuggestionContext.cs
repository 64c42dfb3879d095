using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Templates;

/// <summary>
/// What a reply suggestion is for: the brand (and its tone-of-voice guide), the case as triage saw
/// it, who answers whom, and the thread so far, oldest first, customer and brand turns alike.
/// </summary>
public sealed record SuggestionContext(
    string Brand,
    Network Network,
    TriageResult Triage,
    TemplateValues Values,
    IReadOnlyList<ThreadTurn> Thread,
    bool IsPublic = true,
    string? ToneOfVoice = null)
{
    public bool IsComplaint => Triage.Sentiment == Sentiment.Negative;
}

/// <summary>One message of a thread: from the customer or from the brand.</summary>
public sealed record ThreadTurn(bool FromBrand, string Text);
