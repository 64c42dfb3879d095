using System.Globalization;
using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Policies;
using SomeTeams.Functions.Cards;
using SomeTeams.Storage.Cases;
using SomeTeams.Teams.Cards;
using SomeTeams.Teams.Graph;
using H = SomeTeams.Teams.Cards.Handover.HandoverCardText;

namespace SomeTeams.Functions.Sla;

/// <summary>
/// An approval nobody acted on within <see cref="SlaOptions.EscalateApprovalAfter"/> of its
/// submission goes to one approver who is on shift (not the drafter), once per submission. The
/// approver is picked by the case id, so escalations spread over the approvers on shift and a
/// retry picks the same person.
/// </summary>
public sealed class ApprovalEscalation(OnceOnly once, CaseStore cases, PersonNotices notices, CardChannels channels, IOptions<SlaOptions> options)
{
    public const string SubmittedEvent = "DraftSubmitted";

    public async Task CheckAsync(Case c, Rota? rota, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.State != CaseState.AwaitingApproval || rota is null)
        {
            return;
        }

        // The case does not keep when it was submitted; its audit trail does.
        var audit = await cases.GetAuditAsync(c.Id, cancellationToken).ConfigureAwait(false);
        if (audit.LastOrDefault(a => a.Event == SubmittedEvent) is not { } submitted || now - submitted.At < options.Value.EscalateApprovalAfter)
        {
            return;
        }

        var approvers = rota.ApproversOnShift(now).Select(s => s.Person)
            .Where(p => !p.IsSamePerson(c.Draft?.Author)).DistinctBy(p => p.Id).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        if (approvers.Count == 0)
        {
            return;
        }

        var approver = approvers[(int)((uint)StableHash(c.Id.Value) % (uint)approvers.Count)];
        var texts = CardTexts.For(CardLanguages.FromLocale(channels.For(c.Route)?.Locale));
        var network = texts.Name(c.Mention.Network);
        var minutes = (int)(now - submitted.At).TotalMinutes;
        var text = texts.Format(H.ApprovalWaiting, minutes, network, c.Draft?.Author.Name);
        var notice = new CaseNotice(c.Id, options.Value.ApprovalActivityType, texts[H.ApprovalTopic], text,
            new Dictionary<string, string> { ["actor"] = c.Draft?.Author.Name ?? string.Empty, ["network"] = network });
        var key = string.Create(CultureInfo.InvariantCulture, $"approval-{submitted.At.UtcTicks}");
        await once.SendAsync(c.Id.Value, key, ct => notices.NotifyAsync(c.Route, approver.Id, notice, text, ct), cancellationToken).ConfigureAwait(false);
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var ch in text)
        {
            hash = unchecked((hash * 31) + ch);
        }

        return hash;
    }
}
