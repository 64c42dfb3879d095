using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Teams.Cards;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// Sending: the draft (saved first when the editor holds newer text), one-tap thanks for praise,
/// and a person's verdict on a send whose outcome is unknown.
/// </summary>
internal sealed class SendHandlers(DraftHandlers drafts) : IVerbGroup
{
    public static IReadOnlyList<string> Verbs { get; } = [CardVerbs.Send, CardVerbs.Thank, CardVerbs.ConfirmSent, CardVerbs.ConfirmNotSent];

    public StepBuilder For(string verb) => verb switch
    {
        CardVerbs.Send => r => new ActionStep.Apply(drafts.SavedFirst(r, new Send(r.Actor))),
        CardVerbs.Thank => Thank,
        CardVerbs.ConfirmSent => ConfirmSent,
        CardVerbs.ConfirmNotSent => r => ActionStep.Of(new MarkSendFailed(r.Actor, r.Current.Pending?.AttemptId ?? string.Empty, "Checked on the network: not sent.") { Problem = ActionProblem.ConfirmedNotSent }),
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a send verb."),
    };

    /// <summary>Claim when free, save a thank-you in the customer's language, send: each step judged by the machine.</summary>
    private ActionStep Thank(ActionRequest r)
    {
        var text = WorkflowTexts.Get(CardLanguages.FromLocale(r.Current.Triage.Language), WorkflowTexts.Thanks);
        var save = drafts.Save(r, text);
        return r.Current.State == CaseState.New
            ? ActionStep.Of(new Claim(r.Actor), save, new Send(r.Actor))
            : ActionStep.Of(save, new Send(r.Actor));
    }

    private static ActionStep ConfirmSent(ActionRequest r)
    {
        Uri? link = null;
        if (r.Data.Text(CardInputs.ReplyUrl) is { } url
            && (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out link) || link.Scheme != Uri.UriSchemeHttps))
        {
            return new ActionStep.Invalid($"'{CardInputs.ReplyUrl}' must be an https link to the reply.");
        }

        return ActionStep.Of(new MarkSent(r.Actor, r.Current.Pending?.AttemptId ?? string.Empty, ExternalId: null, link));
    }
}
