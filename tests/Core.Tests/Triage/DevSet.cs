using System.Text.Json;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tests.Triage;

/// <summary>The hand-labelled mentions in ../shared/data/triage-dev.jsonl, next to the repository root.</summary>
internal sealed record DevMention(string Id, Network Network, string Text, string Language, Sentiment Sentiment, Topic Topic, PersonalDataKind[] PersonalData, bool Sensitive)
{
    public static IReadOnlyList<DevMention> Load()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SomeTeams.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var path = Path.GetFullPath(Path.Combine(root.FullName, "..", "shared", "data", "triage-dev.jsonl"));
        Assert.True(File.Exists(path), $"The labelled dev set is missing at {path}.");
        return [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(Parse)];
    }

    private static DevMention Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var e = doc.RootElement;
        string S(string name) => e.GetProperty(name).GetString()!;
        Assert.True(TriageNames.TryParseNetwork(S("network"), out var network));
        Assert.True(TriageNames.TryParseTopic(S("topic"), out var topic));
        var sentiment = Enum.Parse<Sentiment>(S("sentiment"), ignoreCase: true);
        var pii = e.GetProperty("pii").EnumerateArray().Select(p => Enum.Parse<PersonalDataKind>(p.GetString()!, ignoreCase: true)).ToArray();
        return new DevMention(S("id"), network, S("text"), S("language"), sentiment, topic, pii, e.GetProperty("sensitive").GetBoolean());
    }
}
