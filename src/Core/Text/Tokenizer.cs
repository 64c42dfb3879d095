using System.Globalization;

namespace SomeTeams.Core.Text;

/// <summary>
/// Splits short social text into lower-case words, numbers and single symbols (emoji, €).
/// Handles (@name) and links are skipped: they say nothing about language, mood or topic.
/// Hyphens split ("vika-asiakaspalveluun"), apostrophes inside a word stay ("can't").
/// </summary>
public static class Tokenizer
{
    /// <summary>Lower-cases <paramref name="text"/> into <paramref name="lower"/> (same length) and writes tokens; returns how many.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<char> lower, Span<Token> tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < tokens.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text, i))
                {
                    lower[i] = text[i] == '’' ? '\'' : char.ToLowerInvariant(text[i]);
                    i++;
                }

                if (!IsLink(text, start, i))
                {
                    tokens[count++] = new Token(start, i - start);
                }
                else
                {
                    i = SkipToSpace(text, i);
                }
            }
            else if (c is '@' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                i = SkipHandle(text, i + 1);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                lower[i] = c;
                lower[i + 1] = text[i + 1];
                tokens[count++] = new Token(i, 2);
                i += 2;
            }
            else
            {
                if (IsSymbol(c))
                {
                    lower[i] = c;
                    tokens[count++] = new Token(i, 1);
                }

                i++;
            }
        }

        return count;
    }

    private static bool IsWordChar(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        // An apostrophe belongs to the word only between two letters (can't, it's).
        return c is '\'' or '’' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
    }

    private static bool IsSymbol(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.CurrencySymbol;

    private static bool IsLink(ReadOnlySpan<char> text, int start, int end)
    {
        var word = text[start..end];
        var rest = text[end..];
        return (word.Equals("http", StringComparison.OrdinalIgnoreCase) || word.Equals("https", StringComparison.OrdinalIgnoreCase)) && rest.StartsWith("://")
            || word.Equals("www", StringComparison.OrdinalIgnoreCase) && rest.StartsWith(".");
    }

    private static int SkipToSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipHandle(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
        {
            i++;
        }

        return i;
    }
}
