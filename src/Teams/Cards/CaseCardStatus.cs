using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;

namespace SomeTeams.Teams.Cards;

/// <summary>The SLA, the reply window, the state and who did what.</summary>
internal static class CaseCardStatus
{
    public static IEnumerable<JsonNode> Build(CardScope s)
    {
        var c = s.Case;
        if (Sla(s) is { } sla)
        {
            yield return sla;
        }

        if (ReplyWindow(s) is { } window)
        {
            yield return window;
        }

        yield return CardElements.Text(s.Texts.Name(c.State), weight: "Bolder", color: StateColor(c.State), spacing: "Medium");
        foreach (var line in Lines(s))
        {
            yield return CardElements.Text(line, size: "Small", spacing: "None");
        }
    }

    private static JsonObject? Sla(CardScope s)
    {
        var c = s.Case;
        if (c.FirstRespondedAt is { } answered)
        {
            return CardElements.Text(s.Format(CardText.FirstResponse, s.Time(answered)), size: "Small", subtle: true);
        }

        if (c.State is CaseState.Sent or CaseState.Closed)
        {
            return null;
        }

        return Reached(s) switch
        {
            SlaThreshold.Breached => CardElements.Text(s.Format(CardText.Overdue, s.Time(c.DueAt), s.Duration(s.Now - c.DueAt)), size: "Small", weight: "Bolder", color: "Attention"),
            var reached => CardElements.Text(s.Format(CardText.DueIn, s.Time(c.DueAt), s.Duration(c.DueAt - s.Now)), size: "Small", color: reached == SlaThreshold.EightyPercent ? "Warning" : null),
        };
    }

    /// <summary>The policy's thresholds (warned at 80 %, breached at the due time), on the wall clock unless the host gave them.</summary>
    private static SlaThreshold Reached(CardScope s)
    {
        var c = s.Case;
        if (s.Context.SlaReached is { } given)
        {
            return given;
        }

        var length = c.DueAt - c.SlaStartedAt;
        return s.Now >= c.DueAt ? SlaThreshold.Breached
            : length > TimeSpan.Zero && (s.Now - c.SlaStartedAt) >= length * 0.8 ? SlaThreshold.EightyPercent
            : SlaThreshold.None;
    }

    // Meta's 24 h / 7 day window passing overnight is a classic failure: show it while it matters.
    private static JsonObject? ReplyWindow(CardScope s)
    {
        var c = s.Case;
        if (c.ReplyWindowClosesAt is not { } closes || c.State is CaseState.Sent or CaseState.Closed)
        {
            return null;
        }

        return closes >= s.Now
            ? CardElements.Text(s.Format(CardText.ReplyWindowOpen, s.Time(closes)), size: "Small", color: closes - s.Now < TimeSpan.FromHours(2) ? "Warning" : null)
            : CardElements.Text(s.Format(CardText.ReplyWindowPassed, s.Time(closes)), size: "Small", weight: "Bolder", color: "Attention");
    }

    private static IEnumerable<string> Lines(CardScope s)
    {
        var c = s.Case;
        if (c.ClaimedBy is { } holder && c.State is not (CaseState.New or CaseState.Sent or CaseState.Closed))
        {
            yield return s.Format(CardText.ClaimedBy, holder.Name, s.Time(c.ClaimedAt ?? c.OpenedAt));
        }

        if (c.Draft is { } d && c.State is not (CaseState.New or CaseState.Closed))
        {
            if (c.State != CaseState.Sent)
            {
                yield return s.Format(CardText.DraftBy, d.Author.Name, d.Revision, s.Time(d.SavedAt));
            }

            if (d.ApprovedBy is { } approver)
            {
                yield return s.Format(d.EditedByApprover ? CardText.EditedAndApprovedBy : CardText.ApprovedBy, approver.Name, s.Time(d.ApprovedAt ?? d.SavedAt));
            }
        }

        if (c.Pending is { } p)
        {
            yield return s.Format(CardText.PendingBy, s.Texts.Name(p.Kind), p.RequestedBy.Name, s.Time(p.RequestedAt));
        }

        if (c.State == CaseState.Sent && c.Reply is { } reply)
        {
            yield return s.Format(CardText.SentBy, reply.SentBy.Name, s.Time(reply.SentAt));
        }

        if (c.State == CaseState.Closed && c.ClosedReason is { } reason)
        {
            yield return s.Format(CardText.ClosedBy, c.ClosedBy?.Name ?? Actor.System.Name, s.Texts.Name(reason));
        }
    }

    private static string? StateColor(CaseState state) => state switch
    {
        CaseState.New => "Accent",
        CaseState.AwaitingApproval => "Warning",
        CaseState.SendUnknown => "Attention",
        CaseState.Sent => "Good",
        _ => null,
    };
}
