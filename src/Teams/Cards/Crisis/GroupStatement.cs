using SomeTeams.Core.Crisis;

namespace SomeTeams.Teams.Cards.Crisis;

/// <summary>
/// The statement part of a grouped card: the group's statement if any, the reply length limit
/// of the strictest network among the grouped cases, and how many of them it was sent to.
/// </summary>
public sealed record GroupStatement(CrisisStatement? Statement, int LengthLimit, int SentTo, int Waiting)
{
    public string Shows => Statement is { } s ? $"{s.Revision}:{s.Stage}:{SentTo}/{Waiting}" : $"none:{LengthLimit}";
}
