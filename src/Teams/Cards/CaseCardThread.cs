using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;

namespace SomeTeams.Teams.Cards;

/// <summary>The case's history in short: warnings, the customer's later messages, our reply, notes.</summary>
internal static class CaseCardThread
{
    private const int FollowUpChars = 280;
    private const int ReplyChars = 600;
    private const int NoteChars = 280;
    private const int ErrorChars = 300;
    private const int ShownFollowUps = 3;

    public static IEnumerable<JsonNode> Build(CardScope s)
    {
        var c = s.Case;
        if (c.OriginalDeletedAt is { } deleted)
        {
            yield return Box("warning", CardElements.Text(s.Format(CardText.OriginalDeleted, s.Time(deleted)), color: "Warning"));
        }

        // After a failure the way back is the holder's to take; an unknown outcome is explained
        // next to the buttons of those who may say what they found (CaseCardViews).
        if (c.LastError is { } error && c.State is CaseState.Claimed or CaseState.SendUnknown)
        {
            // A coded problem speaks the viewer's language; rows from before the codes quote the English reason.
            var said = c.LastProblem is { } problem ? s.Format(CardText.Of(problem), s.NetworkName) : s.Quote(error, ErrorChars);
            var quoted = CardElements.Words(said, leadIn: s[CardText.LastError]);
            yield return c.State == CaseState.Claimed
                ? Box("attention", quoted, CardElements.Text(s[CardText.LastErrorWayBack], size: "Small"))
                : Box("attention", quoted);
        }

        if (c.RejectionNote is { } note && c.State == CaseState.Claimed)
        {
            yield return Box("warning", CardElements.Words(s.Quote(note, ErrorChars), leadIn: s.Format(CardText.RejectedBy, c.RejectedBy?.Name)));
        }

        if (!c.FollowUps.IsEmpty)
        {
            yield return CardElements.Text(s.Format(CardText.FollowUps, c.FollowUps.Count), weight: "Bolder", size: "Small", spacing: "Medium");
            foreach (var f in c.FollowUps.OrderBy(f => f.WrittenAt).TakeLast(ShownFollowUps))
            {
                yield return CardElements.Words(s.Quote(f.Text, FollowUpChars), leadIn: s.Time(f.WrittenAt), spacing: "Small");
            }
        }

        if (c.State == CaseState.Sent && c.Reply is { } reply)
        {
            yield return CardElements.Words(s.Quote(reply.Text, ReplyChars), leadIn: s[CardText.OurReply] + ":", spacing: "Medium");
        }

        if (!c.Notes.IsEmpty)
        {
            var last = c.Notes[^1];
            yield return CardElements.Text(s.Format(CardText.Notes, c.Notes.Count), size: "Small", subtle: true, spacing: "Medium");
            if (!s.Compact)
            {
                yield return CardElements.Words(s.Quote(last.Text, NoteChars), leadIn: s.Format(CardText.LastNote, last.Author.Name, s.Time(last.At)), spacing: "None");
            }
        }
    }

    private static JsonObject Box(string style, params JsonNode[] items) => CardElements.Container(items, style: style, spacing: "Medium");
}
