namespace SomeTeams.Core.Tone;

/// <summary>The codes of tone findings; rule files hold one message per code and language.</summary>
public static class ToneCodes
{
    public const string Profanity = "profanity";
    public const string Insult = "insult";
    public const string Shouting = "shouting";
    public const string Blame = "blame";
    public const string Sarcasm = "sarcasm";
    public const string Canned = "canned";
    public const string PersonalData = "personal_data";
    public const string TooLong = "too_long";
    public const string NoReplies = "no_replies";
    public const string MagicWords = "magic_words";
    public const string Link = "link";
    public const string Sensitive = "sensitive";
    public const string Empty = "empty";

    public static IReadOnlyList<string> All { get; } =
        [Profanity, Insult, Shouting, Blame, Sarcasm, Canned, PersonalData, TooLong, NoReplies, MagicWords, Link, Sensitive, Empty];
}
