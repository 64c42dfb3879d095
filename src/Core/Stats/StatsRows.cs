namespace SomeTeams.Core.Stats;

/// <summary>The rows of <see cref="StatsCsv"/>, in a fixed order: section, item, value, unit.</summary>
internal static class StatsRows
{
    public static IEnumerable<(string Section, string Item, string Value, string Unit)> Of(StatsReport r, bool includeAgents)
    {
        yield return ("period", "from", StatsCsv.Instant(r.Period.From), "utc");
        yield return ("period", "to", StatsCsv.Instant(r.Period.To), "utc");
        yield return ("period", "as_of", StatsCsv.Instant(r.AsOf), "utc");
        yield return ("cases", "total", StatsCsv.Count(r.Cases), "count");
        yield return ("coverage", "needing_response", StatsCsv.Count(r.Coverage.NeedingResponse), "count");
        yield return ("coverage", "covered", StatsCsv.Count(r.Coverage.Covered), "count");
        yield return ("coverage", "share", StatsCsv.Ratio(r.Coverage.Share), "ratio");
        foreach (var row in Durations("first_response", r.FirstResponse)
            .Concat(Durations("first_response_wall_clock", r.FirstResponseWallClock))
            .Concat(Durations("first_response_vip", r.FirstResponseVip))
            .Concat(Durations("first_response_non_vip", r.FirstResponseNonVip)))
        {
            yield return row;
        }
        yield return ("within_target", "on_time", StatsCsv.Count(r.WithinTarget.OnTime), "count");
        yield return ("within_target", "breached", StatsCsv.Count(r.WithinTarget.Breached), "count");
        yield return ("within_target", "share", StatsCsv.Ratio(r.WithinTarget.Share), "ratio");
        foreach (var row in Durations("approval_turnaround", r.ApprovalTurnaround))
        {
            yield return row;
        }
        yield return ("approval_turnaround", "pending", StatsCsv.Count(r.ApprovalsPending), "count");
        foreach (var (section, counts) in new[] { ("volume_network", r.ByNetwork), ("volume_topic", r.ByTopic), ("volume_sentiment", r.BySentiment) })
        {
            foreach (var c in counts)
            {
                yield return (section, c.Name, StatsCsv.Count(c.Count), "count");
            }
        }
        foreach (var b in r.Backlog)
        {
            yield return ("backlog", b.Name, StatsCsv.Count(b.Count), "count");
        }
        if (includeAgents)
        {
            foreach (var a in r.Agents)
            {
                yield return ("agent", $"{a.Name} ({a.Id})", StatsCsv.Count(a.Handled), "count");
            }
        }
    }

    private static IEnumerable<(string, string, string, string)> Durations(string section, DurationSummary d)
    {
        yield return (section, "count", StatsCsv.Count(d.Count), "count");
        yield return (section, "median", StatsCsv.Minutes(d.Median), "minutes");
        yield return (section, "p90", StatsCsv.Minutes(d.P90), "minutes");
    }
}
