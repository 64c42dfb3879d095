using System.Text;

namespace SomeTeams.Core.Triage;

/// <summary>
/// How personal data is shown on cards and in logs: enough to recognise it, never enough to use
/// it (card **** **** **** 1234, e-mail m***@example.com, identity code 010190-****).
/// <see cref="Redact"/> removes it entirely, for text sent to an outside service.
/// </summary>
public static class PersonalDataMasker
{
    public static string Mask(string text) => Replace(text, (kind, value) => MaskValue(kind, value));

    public static string Redact(string text) => Replace(text, (kind, _) => $"[{TriageNames.Name(kind)}]");

    public static string MaskValue(PersonalDataKind kind, string value) => kind switch
    {
        PersonalDataKind.Card => KeepEnds(value, first: 0, last: 4),
        PersonalDataKind.Iban => KeepEnds(value, first: 2, last: 4),
        PersonalDataKind.Hetu => value.Length > 7 ? string.Concat(value.AsSpan(0, 7), "****") : new string('*', value.Length),
        PersonalDataKind.Phone => KeepEnds(value, first: value.StartsWith('+') ? 3 : value.StartsWith("00", StringComparison.Ordinal) ? 5 : 3, last: 2),
        _ => MaskEmail(value),
    };

    private static string Replace(string text, Func<PersonalDataKind, string, string> replacement)
    {
        var findings = PersonalDataDetector.Find(text);
        if (findings.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var f in findings)
        {
            result.Append(text, at, f.Start - at).Append(replacement(f.Kind, text.Substring(f.Start, f.Length)));
            at = f.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Masks letters and digits but the first and last few, keeping the writer's spaces so the shape stays familiar.</summary>
    private static string KeepEnds(string value, int first, int last)
    {
        var total = value.Count(char.IsLetterOrDigit);
        var seen = 0;
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsLetterOrDigit(chars[i]))
            {
                continue;
            }

            if (seen >= first && seen < total - last)
            {
                chars[i] = '*';
            }

            seen++;
        }

        return new string(chars);
    }

    private static string MaskEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 1), "***", value.AsSpan(at));
    }
}
