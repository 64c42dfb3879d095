using System.Globalization;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tests.Triage;

public sealed class DevSetTests
{
    [Fact]
    public void Triage_HandLabelledDevSet_MeetsTargets()
    {
        var mentions = DevMention.Load();
        var triager = Triager.Default;
        int language = 0, sentiment = 0, topic = 0, piiLabelled = 0, piiFound = 0, piiFalse = 0, sensitiveLabelled = 0, sensitiveFound = 0, sensitiveFalse = 0;
        var misses = new List<string>();
        foreach (var m in mentions)
        {
            var r = triager.Triage(m.Text, m.Network);
            language += r.Language == m.Language ? 1 : 0;
            sentiment += r.Sentiment == m.Sentiment ? 1 : 0;
            topic += r.Topic == m.Topic ? 1 : 0;
            piiLabelled += m.PersonalData.Length;
            piiFound += m.PersonalData.Count(k => r.PersonalData.Contains(k));
            piiFalse += r.PersonalData.Count(k => !m.PersonalData.Contains(k));
            sensitiveLabelled += m.Sensitive ? 1 : 0;
            sensitiveFound += m.Sensitive && r.Sensitive ? 1 : 0;
            sensitiveFalse += !m.Sensitive && r.Sensitive ? 1 : 0;
            if (r.Language != m.Language || r.Sentiment != m.Sentiment || r.Topic != m.Topic || r.Sensitive != m.Sensitive)
            {
                misses.Add($"{m.Id}: lang {r.Language}/{m.Language} sent {r.Sentiment}/{m.Sentiment} topic {r.Topic}/{m.Topic} sens {r.Sensitive}/{m.Sensitive}");
            }
        }

        double Pct(int a, int b) => b == 0 ? 100 : 100.0 * a / b;
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"dev set ({mentions.Count} mentions): language {Pct(language, mentions.Count):F1} %, sentiment {Pct(sentiment, mentions.Count):F1} %, " +
            $"topic {Pct(topic, mentions.Count):F1} %, personal data recall {Pct(piiFound, piiLabelled):F1} % ({piiFalse} false positives), " +
            $"sensitive recall {Pct(sensitiveFound, sensitiveLabelled):F1} % ({sensitiveFalse} false positives)");
        // xunit captures standard output; standard error reaches the console and CI logs.
        Console.Error.WriteLine(figures);
        TestContext.Current.TestOutputHelper?.WriteLine(figures);
        foreach (var miss in misses)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(miss);
        }

        Assert.True(Pct(language, mentions.Count) >= 95, figures);
        Assert.True(piiFound == piiLabelled && piiFalse == 0, figures);
        Assert.True(Pct(sensitiveFound, sensitiveLabelled) >= 95, figures);
        Assert.True(Pct(sentiment, mentions.Count) >= 80, figures);
        Assert.True(Pct(topic, mentions.Count) >= 75, figures);
    }
}
