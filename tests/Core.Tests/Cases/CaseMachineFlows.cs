using SomeTeams.Core.Cases;
using SomeTeams.TestKit.Builders;

namespace SomeTeams.Core.Tests.Cases;

internal static class CaseMachineFlows
{
    public static Case SubmittedBy(Actor drafter)
    {
        var claimed = CaseBuilder.Step(CaseBuilder.New(), new Claim(drafter));
        var drafted = CaseBuilder.Step(claimed, new SaveDraft(drafter, "Kiitos, korjaamme tämän.", DraftCheck.Clean));
        return CaseBuilder.Step(drafted, new SubmitForApproval(drafter));
    }
}
