using System.Text.Json.Nodes;
using SomeTeams.Core.Crisis;
using static SomeTeams.Teams.Cards.CardElements;

namespace SomeTeams.Teams.Cards.Crisis;

/// <summary>
/// The grouped card's statement: who drafted it, whether it awaits approval, who approved it and
/// how many cases it went to; while the crisis lasts and it is not approved, the editor (at most the
/// strictest grouped network's length) and the step the statement is at.
/// </summary>
internal static class GroupStatementPart
{
    public static IEnumerable<JsonNode> Render(CrisisPeriod period, GroupStatement part, CardTexts texts)
    {
        string T(string key, params object?[] args) => texts.Format(key, args);
        var s = part.Statement;
        if (s is null && !period.IsActive)
        {
            yield break;
        }

        yield return Text(T(CrisisCardText.Statement), weight: "Bolder", spacing: "Medium");
        if (s is not null)
        {
            yield return Text(s.Stage switch
            {
                StatementStage.Drafted => T(CrisisCardText.StatementDrafted, s.Author.Name),
                StatementStage.AwaitingApproval => T(CrisisCardText.StatementAwaiting, s.Author.Name),
                _ => T(CrisisCardText.StatementApproved, s.Author.Name, s.ApprovedBy!.Name, part.SentTo, part.Waiting),
            }, subtle: true, spacing: "Small");
            if (!s.CanSend)
            {
                yield return Text(T(CrisisCardText.StatementTooLong), color: "Attention", spacing: "Small");
            }
        }

        if (!period.IsActive || s?.Stage == StatementStage.Approved)
        {
            if (s is not null)
            {
                yield return Text(s.Text, spacing: "Small");
            }

            yield break;
        }

        yield return InputText(CrisisVerbs.StatementText, T(CrisisCardText.StatementHint, part.LengthLimit), s?.Text, multiline: true, maxLength: part.LengthLimit);
        var data = new JsonObject { [CrisisVerbs.CrisisId] = period.Id, [CrisisVerbs.Revision] = s?.Revision ?? 0 };
        var actions = new List<JsonNode> { Execute(T(CrisisCardText.StatementSave), CrisisVerbs.SaveStatement, data.DeepClone().AsObject()) };
        if (s is { Stage: StatementStage.Drafted, CanSend: true })
        {
            actions.Add(Execute(T(CrisisCardText.StatementSubmit), CrisisVerbs.SubmitStatement, data.DeepClone().AsObject()));
        }
        else if (s?.Stage == StatementStage.AwaitingApproval)
        {
            actions.Add(Execute(T(CrisisCardText.StatementApprove), CrisisVerbs.ApproveStatement, data.DeepClone().AsObject()));
        }

        yield return ActionSet(actions, spacing: "Small");
    }

    private static JsonObject Execute(string title, string verb, JsonObject data) =>
        new() { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data };
}
