using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;

namespace SomeTeams.Teams.Cards;

/// <summary>
/// The card's own buttons by state and viewer, offering only what CaseMachine would accept
/// from this person. At most five (the host's maxActions), so secondary ones open a sub-card;
/// links to the network sit in the header.
/// </summary>
internal static class CaseCardActions
{
    private static readonly CloseReason[] PickableReasons =
        [CloseReason.NoActionNeeded, CloseReason.Duplicate, CloseReason.Spam, CloseReason.MovedToPrivate];

    public static IEnumerable<JsonNode> Build(CardScope s)
    {
        var c = s.Case;
        var free = c.State == CaseState.New;
        if (free)
        {
            yield return s.Execute(CardVerbs.Claim, s[CardText.ActionClaim]);
        }

        if (c.State == CaseState.Claimed && s.MayActAsHolder)
        {
            yield return s.Execute(CardVerbs.Release, s[CardText.ActionRelease]);
        }

        if (free || (c.IsOpen && s.MayActAsHolder))
        {
            yield return Close(s);
        }

        if ((free || (c.State == CaseState.Claimed && s.MayActAsHolder)) && CaseCardModeration.Build(s) is { } moderate)
        {
            yield return moderate;
        }

        if (Reassign(s) is { } reassign)
        {
            yield return reassign;
        }

        if (c.State is CaseState.Sent or CaseState.Closed)
        {
            yield return s.Execute(CardVerbs.Reopen, s[CardText.ActionReopen]);
        }

        yield return Note(s);
    }

    private static JsonObject Close(CardScope s) => CardElements.ShowCard(s[CardText.ActionClose],
    [
        CardElements.Choices(CardInputs.CloseReason, s[CardText.CloseReasonLabel], PickableReasons.Select(r => (s.Texts.Name(r), r.ToString())), value: nameof(CloseReason.NoActionNeeded)),
        CardElements.ActionSet([s.Execute(CardVerbs.Close, s[CardText.ActionCloseConfirm], withInputs: true)]),
    ]);

    /// <summary>A manager hands out a free case; the holder or a manager hands over a claimed one.</summary>
    private static JsonObject? Reassign(CardScope s)
    {
        var c = s.Case;
        var allowed = c.State switch
        {
            CaseState.New => s.Viewer.Actor.MaySupervise,
            CaseState.Claimed => s.MayActAsHolder,
            _ => false,
        };
        var people = s.Context.Colleagues.Where(p => !string.Equals(p.Id, c.ClaimedBy?.Id, StringComparison.Ordinal)).ToList();
        if (!allowed || people.Count == 0)
        {
            return null;
        }

        return CardElements.ShowCard(s[CardText.ActionReassign],
        [
            CardElements.Choices(CardInputs.Assignee, s[CardText.AssigneeLabel], people.Select(p => (p.Name, p.Id)), value: people[0].Id),
            CardElements.ActionSet([s.Execute(CardVerbs.Reassign, s[CardText.ActionReassignConfirm], withInputs: true)]),
        ]);
    }

    private static JsonObject Note(CardScope s) => CardElements.ShowCard(s[CardText.ActionNote],
    [
        CardElements.InputText(CardInputs.NoteText, s[CardText.NoteLabel], multiline: true, maxLength: 2000, errorMessage: s[CardText.Of(RefusalCode.EmptyText)]),
        CardElements.ActionSet([s.Execute(CardVerbs.Note, s[CardText.ActionNoteSave], withInputs: true)]),
    ]);
}
