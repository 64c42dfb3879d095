using System.Globalization;

namespace SomeTeams.Core.Triage;

/// <summary>The check digits that tell real personal data from numbers of the same shape.</summary>
public static class Checksums
{
    private const string HetuCheck = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>Payment card numbers: 13–19 digits with a valid Luhn check digit.</summary>
    public static bool IsCardNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length is < 13 or > 19)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    /// <summary>IBAN (ISO 13616) without spaces: country letters, check digits, mod 97 == 1.</summary>
    public static bool IsIban(ReadOnlySpan<char> iban)
    {
        if (iban.Length is < 15 or > 34 || !char.IsAsciiLetter(iban[0]) || !char.IsAsciiLetter(iban[1]) || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return false;
        }

        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = char.ToUpperInvariant(iban[(i + 4) % iban.Length]);
            if (char.IsAsciiDigit(c))
            {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    /// <summary>Finnish personal identity code DDMMYYCZZZQ: a real date, a century sign, and the mod 31 check character.</summary>
    public static bool IsHetu(ReadOnlySpan<char> code)
    {
        if (code.Length != 11 || !int.TryParse(code[..6], NumberStyles.None, CultureInfo.InvariantCulture, out var date)
            || !int.TryParse(code[7..10], NumberStyles.None, CultureInfo.InvariantCulture, out var individual) || individual < 2)
        {
            return false;
        }

        int? century = char.ToUpperInvariant(code[6]) switch
        {
            '+' => 1800,
            '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
            'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
            _ => null,
        };
        var (day, month, year) = (date / 10000, date / 100 % 100, date % 100);
        if (century is null || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(century.Value + year, month))
        {
            return false;
        }

        return HetuCheck[(date * 1000 + individual) % 31] == char.ToUpperInvariant(code[10]);
    }
}
