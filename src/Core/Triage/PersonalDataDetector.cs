using System.Text.RegularExpressions;

namespace SomeTeams.Core.Triage;

/// <summary>
/// Finds personal data by shape, then keeps only what validates: Luhn for cards, mod 97 for
/// IBANs, the check character and a real date for identity codes, Finnish numbering for
/// phones. Cards, IBANs and identity codes are found first; a phone never overlaps them.
/// </summary>
public static partial class PersonalDataDetector
{
    public static IReadOnlyList<PersonalDataFinding> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<PersonalDataFinding>? found = null;
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            FindNumbers(text, ref found);
        }

        if (MayHoldEmail(text))
        {
            foreach (var m in EmailShape().EnumerateMatches(text))
            {
                Keep(ref found, PersonalDataKind.Email, m.Length, m.Index);
            }
        }

        if (found is null)
        {
            return [];
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void FindNumbers(string text, ref List<PersonalDataFinding>? found)
    {
        foreach (var m in CardShape().EnumerateMatches(text))
        {
            Keep(ref found, PersonalDataKind.Card, LongestValid(text.AsSpan(m.Index, m.Length), Checksums.IsCardNumber, minimum: 13), m.Index);
        }

        foreach (var m in IbanStart().EnumerateMatches(text))
        {
            Keep(ref found, PersonalDataKind.Iban, IbanText.Length(text, m.Index), m.Index);
        }

        foreach (var m in HetuShape().EnumerateMatches(text))
        {
            Keep(ref found, PersonalDataKind.Hetu, Checksums.IsHetu(text.AsSpan(m.Index, m.Length)) ? m.Length : 0, m.Index);
        }

        foreach (var m in PhoneShape().EnumerateMatches(text))
        {
            Keep(ref found, PersonalDataKind.Phone, PhoneNumbers.IsPhone(text.AsSpan(m.Index, m.Length)) ? m.Length : 0, m.Index);
        }
    }

    // Most mentions start with a handle ("@Nordlink"); an address needs a letter or digit before its '@'.
    private static bool MayHoldEmail(string text)
    {
        for (var at = text.IndexOf('@', StringComparison.Ordinal); at >= 0; at = text.IndexOf('@', at + 1))
        {
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static void Keep(ref List<PersonalDataFinding>? found, PersonalDataKind kind, int length, int start)
    {
        if (length == 0)
        {
            return;
        }

        var finding = new PersonalDataFinding(kind, start, length);
        if (found?.Exists(f => f.Overlaps(finding)) == true)
        {
            return;
        }

        (found ??= []).Add(finding);
    }

    /// <summary>A shape match may run into a following number ("… 1111 2 kertaa"): try each cut at a separator, longest first.</summary>
    internal static int LongestValid(ReadOnlySpan<char> candidate, Func<ReadOnlySpan<char>, bool> valid, int minimum)
    {
        Span<char> digits = stackalloc char[candidate.Length];
        for (var end = candidate.Length; end > 0; end--)
        {
            if (end < candidate.Length && char.IsAsciiDigit(candidate[end]) || !char.IsAsciiDigit(candidate[end - 1]))
            {
                continue;
            }

            var n = 0;
            foreach (var c in candidate[..end])
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[n++] = c;
                }
            }

            if (n < minimum)
            {
                return 0;
            }

            if (valid(digits[..n]))
            {
                return end;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"(?<![\d])[2-6]\d(?:[ -]?\d){11,17}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CardShape();

    [GeneratedRegex(@"(?<![\p{L}\d])[A-Za-z]{2}\d{2}(?=[ ]?[A-Za-z\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IbanStart();

    [GeneratedRegex(@"(?<![\p{L}\d-])\d{6}[-+A-FU-Ya-fu-y]\d{3}[\dA-Ya-y](?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex HetuShape();

    [GeneratedRegex(@"(?<![\p{L}\d+])(?:(?:\+|00)[1-9]\d{0,2}[ -]?(?:\(0\)[ -]?)?|0)\d(?:[ -]?\d){4,12}(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneShape();

    [GeneratedRegex(@"(?<![\p{L}\d._%+-])[\p{L}\d][\p{L}\d._%+-]{0,63}@[\p{L}\d](?:[\p{L}\d-]{0,62}[\p{L}\d])?(?:\.[\p{L}\d](?:[\p{L}\d-]{0,62}[\p{L}\d])?)*\.\p{L}{2,24}(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex EmailShape();
}
