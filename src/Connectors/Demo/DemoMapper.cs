using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Demo;

/// <summary>
/// A stream event as a mention of <see cref="Network.Demo"/> that imitates the event's network
/// (<see cref="Mention.Imitates"/>): handles and texts look like that network's, and its link is
/// the demo page of the item. Later loops get a suffix so each replayed item is a new mention.
/// </summary>
internal static class DemoMapper
{
    public static string ExternalId(string id, int lap) => lap == 0 ? id : $"{id}-r{lap}";

    public static Mention ToMention(SourceAccount account, DemoEvent e, int lap, DateTimeOffset createdAt, DemoLinks links)
    {
        var net = e.Net;
        return new Mention(
            Network.Demo,
            account.Id,
            ExternalId(e.Id, lap),
            Kind(e.Kind),
            ExternalId(e.Thread ?? e.Id, lap),
            e.ReplyTo is null ? null : ExternalId(e.ReplyTo, lap),
            new Author(e.Author!.Id, e.Author.Handle, e.Author.Name, new Uri($"https://demo.someteams.invalid/{net}/people/{Uri.EscapeDataString(e.Author.Id)}")),
            e.Text!,
            createdAt,
            IsPrivate: e.Private,
            Language: e.Lang,
            Permalink: links.Post(ExternalId(e.Id, lap)),
            Imitates: DemoStream.NetworkOf(net));
    }

    private static MentionKind Kind(string? kind) => kind switch
    {
        "comment" => MentionKind.Comment,
        "reply" => MentionKind.Reply,
        "dm" => MentionKind.DirectMessage,
        "article" => MentionKind.Article,
        "review" => MentionKind.Review,
        _ => MentionKind.Post,
    };
}
