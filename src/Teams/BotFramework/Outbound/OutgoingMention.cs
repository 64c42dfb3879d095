using System.Net;
using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.Teams.BotFramework.Outbound;

/// <summary>
/// An @mention to put in a message: the <c>&lt;at&gt;</c> text and its entity must match exactly or
/// Teams ignores the mention, and the name is HTML-escaped in both (bot-protocol.md §5.9).
/// </summary>
public sealed record OutgoingMention(string Text, Entity Entity)
{
    /// <param name="userId">A Teams user id (<c>29:…</c>); in cards also an Entra object id or UPN.</param>
    public static OutgoingMention Create(string userId, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var text = $"<at>{WebUtility.HtmlEncode(name)}</at>";
        return new OutgoingMention(text, new Entity { Type = "mention", Text = text, Mentioned = new ChannelAccount { Id = userId, Name = name } });
    }
}
