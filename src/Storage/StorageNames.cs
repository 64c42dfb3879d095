using System.Text.RegularExpressions;

namespace SomeTeams.Storage;

/// <summary>Every table and queue name, in one place, with the configured prefix applied.</summary>
public sealed partial class StorageNames(string prefix)
{
    public const string PoisonSuffix = "-poison";

    /// <summary>The work queues' logical names, before any prefix: what function.json and the runner name.</summary>
    public const string Mentions = "mentions", Cards = "cards", Outbox = "outbox";

    /// <summary>Case rows and their audit rows: one partition per case, so both go in one transaction.</summary>
    public string CasesTable { get; } = prefix + "cases";

    /// <summary>Network + account + thread + author → the case that thread belongs to.</summary>
    public string ThreadsTable { get; } = prefix + "threads";

    public string MentionsTable { get; } = prefix + "mentions";

    public string CursorsTable { get; } = prefix + "cursors";

    public string LeasesTable { get; } = prefix + "leases";

    public string ConversationsTable { get; } = prefix + "conversations";

    /// <summary>One row per connected account: last fetch, auth and quota state, what admins were told.</summary>
    public string AccountHealthTable { get; } = prefix + "accounthealth";

    /// <summary>Rotating secrets (refresh tokens, sessions) per account; see CredentialStore for why a table.</summary>
    public string CredentialsTable { get; } = prefix + "credentials";

    /// <summary>Quota units spent per quota project and day (YouTube), counted by compare-and-swap.</summary>
    public string QuotasTable { get; } = prefix + "quotas";

    /// <summary>Crisis mode: per-mention volume rows, one row per crisis, the grouped cases and the grouped cards.</summary>
    public string CrisisTable { get; } = prefix + "crisis";

    /// <summary>What the team did to the demo source, and which demo items their authors deleted (the demo page reads it).</summary>
    public string DemoTable { get; } = prefix + "demoactivity";

    /// <summary>Once-only marks of notices (SLA warnings, escalations, shift handovers); see NoticeMarkStore.</summary>
    public string NoticesTable { get; } = prefix + "notices";

    public string MentionsQueue { get; } = prefix + Mentions;

    public string CardsQueue { get; } = prefix + Cards;

    public string OutboxQueue { get; } = prefix + Outbox;

    public IReadOnlyList<string> Tables => [CasesTable, ThreadsTable, MentionsTable, CursorsTable, LeasesTable, ConversationsTable, AccountHealthTable, CredentialsTable, QuotasTable, DemoTable, NoticesTable, CrisisTable];

    public IReadOnlyList<string> WorkQueues => [MentionsQueue, CardsQueue, OutboxQueue];

    /// <summary>The work queues and their poison twins.</summary>
    public IReadOnlyList<string> Queues => [.. WorkQueues, .. WorkQueues.Select(Poison)];

    public static string Poison(string queue) => queue + PoisonSuffix;

    /// <summary>The names that break Azure's rules, each with the rule, so start-up can say what is wrong.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var table in Tables.Where(t => !TableName().IsMatch(t)))
        {
            yield return $"table name '{table}' must be 3-63 letters and digits, starting with a letter";
        }

        foreach (var queue in Queues.Where(q => !QueueName().IsMatch(q)))
        {
            yield return $"queue name '{queue}' must be 3-63 lowercase letters, digits and single dashes, starting and ending with a letter or digit";
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex QueueName();
}
