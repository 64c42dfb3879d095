namespace SomeTeams.Storage.Crisis;

/// <summary>
/// Where a crisis or group card was posted, and what it shows (<paramref name="Shows"/>, a short
/// fingerprint of the drawn state), so a timer run repaints it only when that changed.
/// </summary>
public sealed record PostedCard(string ServiceUrl, string ConversationId, string ActivityId, string Shows);

/// <summary>
/// A case shown in a crisis group's card in the channel of <paramref name="Route"/>;
/// <paramref name="AnsweredWith"/> is the statement the fan-out handled it for (<paramref name="Sent"/> when it
/// went to the outbox, not when it was skipped); <paramref name="ReplyLimit"/> is its network's reply length.
/// </summary>
public sealed record GroupMember(string CaseId, string Route, DateTimeOffset OpenedAt, bool ClaimedOut, string? AnsweredWith = null, bool Sent = false, int? ReplyLimit = null);

/// <summary>Where a group's statement stands: the strictest reply length among its cases, and how many of the waiting ones it went to.</summary>
public sealed record StatementProgress(int LengthLimit, int SentTo, int Waiting)
{
    public static StatementProgress Of(string? statementId, IReadOnlyList<GroupMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var limits = members.Select(m => m.ReplyLimit).OfType<int>().ToList();
        // Without a recorded limit (no member yet), the strictest network that takes replies at all.
        var limit = limits.Count > 0 ? limits.Min()
            : Enum.GetValues<Core.Mentions.Network>().Select(n => Core.Mentions.NetworkProfile.For(n).ReplyLengthLimit).Where(l => l > 0).Min();
        var answered = members.Count(m => m.Sent && m.AnsweredWith == statementId);
        return new StatementProgress(limit, answered, members.Count(m => !m.ClaimedOut || m.Sent));
    }
}
