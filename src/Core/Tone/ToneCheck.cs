using System.Buffers;
using System.Globalization;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Text;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tone;

/// <summary>
/// Checks every draft and suggested reply before it can go (DESIGN.md rules 3–8): blocking
/// findings need a manager's approval ("count to three"), prohibited ones stop the send.
/// </summary>
public sealed class ToneCheck
{
    private const int MaxTokens = 1024;

    // A canned phrase is fine inside a real answer; with fewer own words than this it is the answer.
    private const int SubstanceWords = 5;

    private static readonly Lazy<ToneCheck> Defaults = new(() => new ToneCheck(ToneRules.Default));
    private readonly Dictionary<string, (TermIndex Index, ToneLanguageRules Rules)> languages;
    private readonly ToneLanguageRules english;

    public ToneCheck(ToneRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        languages = rules.Languages.ToDictionary(
            l => l.Language,
            l => (TermIndex.Build(Enum.GetValues<ToneTerm>().SelectMany(kind => l.TermsOf(kind).Select(t => (t, (int)kind)))), l),
            StringComparer.Ordinal);
        english = languages.TryGetValue("en", out var en) ? en.Rules
            : rules.Languages.Count > 0 ? rules.Languages[0]
            : new ToneLanguageRules("en", new Dictionary<ToneTerm, IReadOnlyList<string>>(), new Dictionary<string, string>());
    }

    public static ToneCheck Default => Defaults.Value;

    public ToneReport Check(ToneRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (index, rules) = languages.TryGetValue(request.Language, out var found) ? found : languages.GetValueOrDefault(english.Language);
        var findings = new List<ToneFinding>();
        void Add(string code, ToneSeverity severity, params object[] args) => findings.Add(new ToneFinding(code, severity, Message(rules ?? english, code, args)));

        var text = request.Text ?? "";
        if (text.Trim().Length == 0)
        {
            Add(ToneCodes.Empty, ToneSeverity.Prohibited);
            return new ToneReport(findings);
        }

        if (index is not null)
        {
            CheckWords(text, index, request, Add);
        }

        if (Shouting.IsShouting(text))
        {
            Add(ToneCodes.Shouting, ToneSeverity.Blocking);
        }

        if (PersonalDataDetector.Find(text).Count > 0)
        {
            Add(ToneCodes.PersonalData, request.IsPublic ? ToneSeverity.Prohibited : ToneSeverity.Warning);
        }

        var limit = NetworkProfile.For(request.Network).ReplyLengthLimit;
        var length = ReplyLength.Measure(text, request.Network);
        if (limit <= 0)
        {
            Add(ToneCodes.NoReplies, ToneSeverity.Prohibited);
        }
        else if (length > limit)
        {
            Add(ToneCodes.TooLong, ToneSeverity.Prohibited, length, limit);
        }

        if (!request.LinksAllowed && ReplyLength.HasLink(text))
        {
            Add(ToneCodes.Link, ToneSeverity.Blocking);
        }

        if (request.IsSensitive)
        {
            Add(ToneCodes.Sensitive, ToneSeverity.Blocking);
        }

        return new ToneReport(findings);
    }

    private static void CheckWords(string text, TermIndex index, ToneRequest request, Action<string, ToneSeverity, object[]> add)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            Span<Token> space = stackalloc Token[MaxTokens];
            var tokens = space[..Tokenizer.Tokenize(text, buffer, space)];
            var lower = buffer.AsSpan(0, text.Length);
            Span<bool> covered = stackalloc bool[tokens.Length];
            var signals = new ToneSignals(covered);
            index.Scan(lower, tokens, ref signals);

            (ToneTerm Term, string Code)[] blocking = [(ToneTerm.Profanity, ToneCodes.Profanity), (ToneTerm.Insults, ToneCodes.Insult), (ToneTerm.Blame, ToneCodes.Blame), (ToneTerm.Sarcasm, ToneCodes.Sarcasm)];
            foreach (var (term, code) in blocking)
            {
                if (signals.Of(term) > 0)
                {
                    add(code, ToneSeverity.Blocking, []);
                }
            }

            if (signals.Of(ToneTerm.Canned) > 0 && OwnWords(lower, tokens, covered) < SubstanceWords)
            {
                add(ToneCodes.Canned, ToneSeverity.Warning, []);
            }

            if (request.IsComplaint && signals.Of(ToneTerm.Apology) == 0 && signals.Of(ToneTerm.Thanks) == 0)
            {
                add(ToneCodes.MagicWords, ToneSeverity.Suggestion, []);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Words of three letters or more that no canned phrase, filler or courtesy covers: the substance.</summary>
    private static int OwnWords(ReadOnlySpan<char> lower, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> covered)
    {
        var own = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].In(lower);
            own += !covered[i] && (word.Length >= 3 || char.IsDigit(word[0])) ? 1 : 0;
        }

        return own;
    }

    private static string Message(ToneLanguageRules rules, string code, object[] args)
    {
        var template = rules.Messages.GetValueOrDefault(code) ?? code;
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
