using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Teams.Cards;
using SomeTeams.TestKit.Builders;

namespace SomeTeams.Teams.Tests.Cards;

/// <summary>
/// The card offers a button only if CaseMachine accepts its command from this viewer: every
/// button of every card in the goldens is pressed against the machine.
/// </summary>
public sealed class CaseCardMachineAgreementTests
{
    [Fact]
    public void EveryOfferedButton_IsAcceptedByTheCaseMachine()
    {
        var refused = new List<string>();
        foreach (var r in CardScenarios.All())
        {
            // The channel card is seen by anybody: an agent with no other role stands in.
            var actor = r.Viewer == CardViewer.Channel ? People.Bertil : r.Viewer.Actor;
            foreach (var verb in CardQuery.Verbs(CaseCard.Render(r.Case, r.Viewer, r.Context)))
            {
                if (Command(verb, r.Case, actor, r.Context) is not { } command)
                {
                    continue;
                }

                if (CaseMachine.Apply(r.Case, command with { SeenVersion = r.Case.Version }, r.Context.Now) is Transition.Refused no)
                {
                    refused.Add($"{r.Name}: {verb} refused with {no.Reason}");
                }
            }
        }

        Assert.Empty(refused);
    }

    [Fact]
    public void EveryVerb_IsPressedSomewhereInTheGoldens()
    {
        var offered = CardScenarios.All().SelectMany(r => CardQuery.Verbs(CaseCard.Render(r.Case, r.Viewer, r.Context))).ToHashSet();
        var never = CardVerbs.All.Where(v => v != CardVerbs.Refresh && !offered.Contains(v)).ToList();

        Assert.True(never.Count == 0, "Never offered: " + string.Join(", ", never));
    }

    /// <summary>
    /// The command a button stands for, as the bot will send it. Template and thanks are the
    /// host's composites (fill the draft, then save; claim, save and send); their first step is checked.
    /// </summary>
    private static CaseCommand? Command(string verb, Case c, Actor actor, CardContext context) => verb switch
    {
        CardVerbs.Claim => new Claim(actor),
        CardVerbs.Release => new Release(actor),
        CardVerbs.SaveDraft or CardVerbs.ApplyTemplate or CardVerbs.Suggest => new SaveDraft(actor, "Kiitos, korjaamme.", DraftCheck.Clean),
        CardVerbs.Submit => new SubmitForApproval(actor),
        CardVerbs.Approve => new Approve(actor),
        CardVerbs.EditAndApprove => new Approve(actor, "Korjaamme tänään.", DraftCheck.Clean),
        CardVerbs.Reject => new Reject(actor, "Sävy."),
        CardVerbs.Send => new Send(actor),
        CardVerbs.Thank => c.State == CaseState.New ? new Claim(actor) : new SaveDraft(actor, "Kiitos!", DraftCheck.Clean),
        CardVerbs.Like => new Moderate(actor, SocialActionKind.Like),
        CardVerbs.Hide => new Moderate(actor, SocialActionKind.Hide),
        CardVerbs.Delete => new Moderate(actor, SocialActionKind.Delete),
        CardVerbs.Block => new Moderate(actor, SocialActionKind.Block),
        CardVerbs.Close => new Close(actor, CloseReason.NoActionNeeded),
        CardVerbs.Reassign => new Reassign(actor, context.Colleagues.Where(p => p.Id != c.ClaimedBy?.Id).Select(p => new Actor(p.Id, p.Name, ActorRoles.Agent)).First()),
        CardVerbs.Note => new AddNote(actor, "Soitti myös."),
        CardVerbs.ConfirmSent => new MarkSent(actor, c.Pending!.AttemptId, null, null),
        CardVerbs.ConfirmNotSent => new MarkSendFailed(actor, c.Pending!.AttemptId, "Checked: not on the network."),
        CardVerbs.Reopen => new Reopen(actor, context.Now.AddHours(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "A verb without a command."),
    };
}
