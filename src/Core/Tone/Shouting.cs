namespace SomeTeams.Core.Tone;

/// <summary>Shouting: "!!" or more, three capitalised words in a row, or a text mostly in capitals.</summary>
internal static class Shouting
{
    private const int MinimumLetters = 12;
    private const double CapitalShare = 0.7;
    private const int CapitalRun = 3;

    public static bool IsShouting(string text)
    {
        if (text.Contains("!!", StringComparison.Ordinal))
        {
            return true;
        }

        int letters = 0, capitals = 0, run = 0, wordLetters = 0, wordCapitals = 0;
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetter(c))
            {
                letters++;
                wordLetters++;
                capitals += char.IsUpper(c) ? 1 : 0;
                wordCapitals += char.IsUpper(c) ? 1 : 0;
                continue;
            }

            if (wordLetters > 0)
            {
                // Acronyms (SMS, 5G) stand alone; a run of capitalised words is a raised voice.
                run = wordLetters >= 2 && wordCapitals == wordLetters ? run + 1 : 0;
                if (run >= CapitalRun)
                {
                    return true;
                }
            }

            wordLetters = wordCapitals = 0;
        }

        return letters >= MinimumLetters && capitals >= CapitalShare * letters;
    }
}
