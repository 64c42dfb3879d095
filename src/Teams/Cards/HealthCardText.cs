namespace SomeTeams.Teams.Cards;

/// <summary>
/// Keys of the account health card's texts (CardTexts.Health.cs). The problem's name and the
/// admin's remedy are keyed per <see cref="Core.Accounts.HealthProblem"/> through <see cref="Problem"/> and <see cref="Fix"/>.
/// </summary>
public static class HealthCardText
{
    public const string TitleRaised = "Health.TitleRaised";
    public const string TitleRecovered = "Health.TitleRecovered";
    public const string Network = "Health.Network";
    public const string Account = "Health.Account";
    public const string ProblemLabel = "Health.Problem";
    public const string Since = "Health.Since";
    public const string Until = "Health.Until";
    public const string LastFetch = "Health.LastFetch";
    public const string Never = "Health.Never";
    public const string QuotaResets = "Health.QuotaResets";
    public const string WhatToDo = "Health.WhatToDo";
    public const string RecoveredHelp = "Health.RecoveredHelp";

    public static IReadOnlyList<string> Constants { get; } =
        [TitleRaised, TitleRecovered, Network, Account, ProblemLabel, Since, Until, LastFetch, Never, QuotaResets, WhatToDo, RecoveredHelp];

    public static string Problem(Core.Accounts.HealthProblem problem) => CardText.Of(problem);

    public static string Fix(Core.Accounts.HealthProblem problem) => $"{CardText.Of(problem)}.Fix";
}
