namespace SomeTeams.Core.Triage;

/// <summary>Finnish numbering (mobile 04x/050, area and service codes) and plausible international numbers (E.164, 8–15 digits).</summary>
internal static class PhoneNumbers
{
    public static bool IsPhone(ReadOnlySpan<char> candidate)
    {
        Span<char> digits = stackalloc char[candidate.Length];
        var n = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = c;
            }
        }

        var all = digits[..n];
        var international = candidate[0] == '+' || candidate.StartsWith("00");
        if (!international)
        {
            return all.Length > 1 && IsFinnishSubscriber(all[1..]);
        }

        var e164 = candidate[0] == '+' ? all : all[2..];
        if (e164.StartsWith("358"))
        {
            var national = e164[3..];
            return IsFinnishSubscriber(national.Length > 0 && national[0] == '0' ? national[1..] : national);
        }

        return e164.Length is >= 8 and <= 15;
    }

    /// <summary>The national significant number, after the trunk 0 or +358.</summary>
    private static bool IsFinnishSubscriber(ReadOnlySpan<char> nsn)
    {
        if (nsn.IsEmpty)
        {
            return false;
        }

        var mobile = nsn[0] == '4' || nsn.StartsWith("50");
        if (mobile)
        {
            return nsn.Length is >= 7 and <= 10;
        }

        return nsn[0] != '0' && nsn.Length is >= 6 and <= 9;
    }
}
