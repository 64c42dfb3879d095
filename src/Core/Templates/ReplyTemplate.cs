using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Templates;

/// <summary>
/// A saved reply of a brand in one language, for one network or any (<paramref name="Network"/>
/// null) and for some topics or any (empty). The text may use {author}, {agent} and {case}.
/// </summary>
public sealed record ReplyTemplate(string Id, string Brand, string Language, Network? Network, IReadOnlyList<Topic> Topics, string Name, string Text)
{
    /// <summary>How well this template fits a case; null when it does not fit at all. A topic match outweighs a network match.</summary>
    public int? Fit(string brand, string language, Network network, Topic topic)
    {
        if (!string.Equals(Brand, brand, StringComparison.Ordinal) || !string.Equals(Language, language, StringComparison.Ordinal)
            || Network is { } own && own != network || Topics.Count > 0 && !Topics.Contains(topic))
        {
            return null;
        }

        return (Topics.Count > 0 ? 2 : 0) + (Network is null ? 0 : 1);
    }
}
