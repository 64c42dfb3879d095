using SomeTeams.Core.Cases;
using SomeTeams.Core.Tone;
using SomeTeams.Core.Triage;
using CardFinding = SomeTeams.Teams.Cards.ToneFinding;
using FindingSeverity = SomeTeams.Teams.Cards.FindingSeverity;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// The tone check of a draft for this case: the network and its length limit, public or private,
/// the language triage found, complaint and sensitivity. Deterministic and fast, so the card's
/// findings are recomputed from the saved text rather than stored.
/// </summary>
internal sealed class DraftReview(ToneCheck tone)
{
    public ToneReport Check(Case c, string text)
    {
        ArgumentNullException.ThrowIfNull(c);
        return tone.Check(new ToneRequest(
            text,
            c.Mention.ProfileNetwork, // a demo mention is checked against the network it imitates
            c.Triage.Language,
            IsPublic: !c.Mention.IsPrivate,
            IsComplaint: c.Triage.Sentiment == Sentiment.Negative,
            IsSensitive: c.Triage.Sensitive));
    }

    public DraftCheck Verdict(Case c, string text)
    {
        var report = Check(c, text);
        return new DraftCheck(report.NeedsApproval, report.CanSend);
    }

    /// <summary>The findings on the saved draft, as the card shows them (messages in the draft's language).</summary>
    public IReadOnlyList<CardFinding> Findings(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Draft is not { } draft ? [] : Findings(c, draft.Text);
    }

    /// <summary>The findings on any text meant as this case's reply (a suggestion), as the card shows them.</summary>
    public IReadOnlyList<CardFinding> Findings(Case c, string text) =>
        [.. Check(c, text).Findings.Select(f => new CardFinding(f.Code, Severity(f.Severity), f.Message))];

    // "Blocking" on the card means the draft cannot go at all, which is the tone check's Prohibited;
    // the tone check's Blocking only asks for an approver, so the card shows it as a warning.
    private static FindingSeverity Severity(ToneSeverity severity) => severity switch
    {
        ToneSeverity.Prohibited => FindingSeverity.Blocking,
        ToneSeverity.Blocking or ToneSeverity.Warning => FindingSeverity.Warning,
        _ => FindingSeverity.Info,
    };
}
