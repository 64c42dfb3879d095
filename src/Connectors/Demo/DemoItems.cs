using SomeTeams.Core.Mentions;

namespace SomeTeams.Connectors.Demo;

/// <summary>The demo source's items as its page shows them, found by the external id a mention carries (replays included).</summary>
public static class DemoItems
{
    public static DemoItem? Find(string externalId)
    {
        ArgumentNullException.ThrowIfNull(externalId);
        var at = externalId.LastIndexOf("-r", StringComparison.Ordinal);
        var id = at > 0 && int.TryParse(externalId.AsSpan(at + 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? externalId[..at]
            : externalId;
        var e = DemoStream.Default.Events.FirstOrDefault(e => e.Id == id && e.Deletes is null && e.Author is not null && e.Text is not null);
        return e is null
            ? null
            : new DemoItem(externalId, DemoStream.NetworkOf(e.Net) ?? Network.Demo, e.Author!.Name, e.Author.Handle, e.Text!, e.Lang, e.Private, e.Own);
    }
}

/// <summary>One item of the demo stream: who wrote what, on which imitated network.</summary>
public sealed record DemoItem(string ExternalId, Network Imitates, string AuthorName, string AuthorHandle, string Text, string? Language, bool IsPrivate, bool IsOurs);
