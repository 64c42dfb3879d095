using System.Text.Json.Nodes;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Teams.Cards;

/// <summary>
/// Hide, delete, block and like, only where the network supports them, each with what it does
/// written next to the button (DESIGN.md: the difference between hide and delete explained).
/// </summary>
internal static class CaseCardModeration
{
    private static readonly (SocialActionKind Kind, string Verb, string Title, string Help)[] Actions =
    [
        (SocialActionKind.Hide, CardVerbs.Hide, CardText.ActionHide, CardText.HideHelp),
        (SocialActionKind.Delete, CardVerbs.Delete, CardText.ActionDelete, CardText.DeleteHelp),
        (SocialActionKind.Block, CardVerbs.Block, CardText.ActionBlock, CardText.BlockHelp),
        (SocialActionKind.Like, CardVerbs.Like, CardText.ActionLike, CardText.LikeHelp),
    ];

    public static JsonObject? Build(CardScope s)
    {
        var body = new List<JsonNode>();
        foreach (var (kind, verb, title, help) in Actions.Where(a => s.Network.Supports(a.Kind)))
        {
            body.Add(CardElements.Text(s[help], size: "Small", spacing: body.Count == 0 ? null : "Medium"));
            body.Add(CardElements.ActionSet([s.Execute(verb, s[title])], spacing: "Small"));
        }

        return body.Count == 0 ? null : CardElements.ShowCard(s[CardText.ActionModerate], body);
    }
}
