using System.Globalization;
using System.Text.Json.Nodes;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;

namespace SomeTeams.Teams.Cards;

/// <summary>One rendering: the case, who looks at it, the context and the texts in their language.</summary>
/// <param name="Compact">Shorter quotes, for a card that would otherwise exceed the size budget.</param>
internal sealed record CardScope(Case Case, CardViewer Viewer, CardContext Context, bool Compact)
{
    public CardTexts Texts { get; } = CardTexts.For(Context.Language);

    public NetworkProfile Network { get; } = NetworkProfile.For(Case.Mention);

    /// <summary>The network's name as the card shows it; a demo mention names the network it imitates, marked as demo.</summary>
    public string NetworkName => Case.Mention.Imitates is { } imitated
        ? Texts.Format(CardText.ImitatedNetwork, Texts.Name(imitated))
        : Texts.Name(Case.Mention.Network);

    public DateTimeOffset Now => Context.Now;

    public bool IsClaimer => Viewer.Role == ViewerRole.Claimer;

    /// <summary>The holder, or a manager who may act on a case someone else holds (CaseMachine.HolderOrSupervisor).</summary>
    public bool MayActAsHolder => IsClaimer || Viewer.Actor.MaySupervise;

    public SocialActionKind ReplyKind => Case.Mention.IsPrivate ? SocialActionKind.ReplyPrivate : SocialActionKind.ReplyPublic;

    public bool CanReplyHere => Network.ReplyLengthLimit > 0 && Network.Supports(ReplyKind);

    public string this[string key] => Texts[key];

    public string Format(string key, params object?[] args) => Texts.Format(key, args);

    /// <summary>A time in the viewer's zone: the clock alone today, with the date otherwise.</summary>
    public string Time(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Context.TimeZone);
        var today = TimeZoneInfo.ConvertTime(Now, Context.TimeZone).Date;
        var format = local.Date == today ? Texts[CardText.TimeFormat] : Texts[CardText.DateTimeFormat];
        return local.ToString(format, CultureInfo.InvariantCulture);
    }

    public string Duration(TimeSpan span)
    {
        var d = span.Duration();
        return d switch
        {
            _ when d < TimeSpan.FromHours(1) => Format(CardText.Minutes, (int)d.TotalMinutes),
            _ when d < TimeSpan.FromDays(1) => Format(CardText.HoursMinutes, (int)d.TotalHours, d.Minutes),
            _ => Format(CardText.DaysHours, (int)d.TotalDays, d.Hours),
        };
    }

    /// <summary>
    /// An Action.Execute carrying the case id and the version this card shows. Buttons that need
    /// no input send none, so a required field elsewhere on the card cannot block them.
    /// </summary>
    public JsonObject Execute(string verb, string? title, bool withInputs = false)
    {
        var action = new JsonObject { ["type"] = "Action.Execute" }.With("title", title);
        action["verb"] = verb;
        action["data"] = new JsonObject { [CardInputs.CaseId] = Case.Id.Value, [CardInputs.Version] = Case.Version };
        return withInputs ? action : action.With("associatedInputs", "none");
    }

    /// <summary>Someone's words cut to <paramref name="max"/> characters (a quarter of it on a compact card).</summary>
    public string Quote(string text, int max)
    {
        var limit = Compact ? Math.Max(80, max / 4) : max;
        if (text.Length > limit && char.IsHighSurrogate(text[limit - 1]))
        {
            limit--; // never split an emoji into half a surrogate pair
        }

        return text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit).TrimEnd(), "…");
    }
}
