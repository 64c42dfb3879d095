using System.Buffers;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Text;

namespace SomeTeams.Core.Triage;

/// <summary>
/// Triage of one incoming mention: language, sentiment, topics, personal data, sensitivity and
/// priority. Pure and allocation-light: rules are compiled once, each text is lower-cased into
/// a pooled buffer and scanned once per rule index.
/// </summary>
public sealed class Triager(TriageRules rules, PriorityRules? priority = null)
{
    private const int MaxTokens = 512;
    private readonly CompiledRules compiled = new(rules);
    private readonly PriorityRules priorityRules = priority ?? PriorityRules.Default;

    private static readonly Lazy<Triager> Defaults = new(() => new Triager(TriageRules.Default));

    public static Triager Default => Defaults.Value;

    public TriageResult Triage(Mention mention, DateTimeOffset now) =>
        Analyse(mention.Text, mention.Network, mention.Author.Followers, now - mention.CreatedAt, mention.Language).Result;

    public TriageResult Triage(string text, Network network, long? followers = null, TimeSpan age = default) =>
        Analyse(text, network, followers, age).Result;

    /// <summary>The result with its reasons and where the personal data sits, for the card and the masking.</summary>
    public TriageAnalysis Analyse(string text, Network network, long? followers = null, TimeSpan age = default, string? networkLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        try
        {
            Span<Token> tokenSpace = stackalloc Token[MaxTokens];
            var tokens = tokenSpace[..Tokenizer.Tokenize(text, buffer, tokenSpace)];
            var lower = buffer.AsSpan(0, text.Length);

            var language = LanguageDetector.Detect(compiled, lower, tokens);
            var code = language < 0 ? HintOrOther(networkLanguage) : compiled.Codes[language];
            var index = Array.IndexOf(compiled.Codes, code);
            var signals = new TriageSignals();
            (index < 0 || index >= compiled.Analysis.Length ? compiled.Mixed : compiled.Analysis[index]).Scan(lower, tokens, ref signals);

            var personal = PersonalDataDetector.Find(text);
            var isQuestion = text.Contains('?', StringComparison.Ordinal);
            var questionTopic = index >= 0 ? compiled.QuestionTopics[index] : null;
            return TriageDecision.Decide(code, ref signals, personal, isQuestion, questionTopic, network, followers, age, priorityRules);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // The network's own language tag helps only when the text itself says nothing (an emoji alone).
    private static string HintOrOther(string? hint) => hint is "fi" or "sv" or "en" ? hint : "other";
}
