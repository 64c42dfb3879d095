using System.Text.Json;
using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Teams.Cards;
using SomeTeams.TeamsApp.Conversations;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>
/// Draws a case's card for one viewer or for the channel: fills the card context (locale, clock,
/// templates, tone findings, colleagues) and the refresh list — the Teams ids of the claimer and,
/// while a draft awaits approval, the approvers, so each gets their own view (bot-protocol.md §6.6).
/// </summary>
internal sealed class CaseViews(
    DraftReview review, TemplateCatalog templates, ReplySuggestions suggestions, TeamRoles roles, TeamsUsers users, IOptions<WorkflowOptions> options, TimeProvider time)
{
    public async Task<JsonElement> ForViewerAsync(Case c, Actor viewer, string tenantId, string? locale, Refusal? refusal, EditorContent editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var context = await ContextAsync(c, tenantId, locale, cancellationToken).ConfigureAwait(false);
        var card = CaseCard.Render(c, CardViewer.For(c, viewer), context with { Refusal = refusal, EditorText = editor.Text, Suggestion = editor.Suggestion });
        return JsonSerializer.SerializeToElement(card);
    }

    /// <summary>The base card everyone in the channel sees until their own view arrives.</summary>
    public async Task<JsonElement> ForChannelAsync(Case c, string tenantId, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(c, tenantId, options.Value.ChannelLocale, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.SerializeToElement(CaseCard.Render(c, CardViewer.Channel, context));
    }

    private async Task<CardContext> ContextAsync(Case c, string tenantId, string? locale, CancellationToken cancellationToken) => new()
    {
        Locale = locale,
        Now = time.GetUtcNow(),
        Templates = templates.For(c),
        Findings = review.Findings(c),
        RefreshUserIds = await RefreshListAsync(c, tenantId, cancellationToken).ConfigureAwait(false),
        Colleagues = [.. options.Value.Colleagues.Select(p => new CardPerson(p.Key, p.Value))],
        CanSuggest = suggestions.CanSuggest(c),
    };

    private async Task<IReadOnlyList<string>> RefreshListAsync(Case c, string tenantId, CancellationToken cancellationToken)
    {
        var people = new List<string>();
        if (c.ClaimedBy is { } claimer)
        {
            people.Add(claimer.Id);
        }

        if (c.State == CaseState.AwaitingApproval)
        {
            people.AddRange(await roles.ApproverIdsAsync(cancellationToken).ConfigureAwait(false));
        }

        var ids = new List<string>();
        foreach (var aad in people.Distinct(StringComparer.OrdinalIgnoreCase).Take(60))
        {
            if (await users.FindAsync(tenantId, aad, cancellationToken).ConfigureAwait(false) is { } user)
            {
                ids.Add(user.TeamsId);
            }
        }

        return ids;
    }
}

/// <summary>What the claimer's editor shows: the saved draft (<see cref="Saved"/>), or a template or suggestion not saved yet.</summary>
internal sealed record EditorContent(string? Text, CardSuggestion? Suggestion)
{
    public static EditorContent Saved { get; } = new(null, null);
}
