using SomeTeams.Core.Cases;
using SomeTeams.Core.Crisis;
using SomeTeams.TestKit.Builders;

namespace SomeTeams.Core.Tests.Crisis;

public sealed class StatementRulesTests
{
    private const string Crisis = "topic:outage@20261123T100000";
    private static readonly DateTimeOffset At = CaseBuilder.T0.AddMinutes(5);

    [Fact]
    public void Approve_ByAnotherApprover_RecordsAuthorApproverAndTimes()
    {
        var drafted = Accepted(StatementRules.Draft(Crisis, null, People.Aino, "Vika korjataan", canSend: true, At));
        var submitted = Accepted(StatementRules.Submit(drafted, People.Aino, At.AddMinutes(1)));
        var approved = Accepted(StatementRules.Approve(submitted, People.Maija, At.AddMinutes(2)));

        Assert.Equal(StatementStage.Approved, approved.Stage);
        Assert.Equal((People.Aino, People.Maija), (approved.Author, approved.ApprovedBy));
        Assert.Equal((At, At.AddMinutes(1), At.AddMinutes(2)), (approved.DraftedAt, approved.SubmittedAt!.Value, approved.ApprovedAt!.Value));
        Assert.Equal(Crisis + "/r1", approved.Id);
    }

    [Fact]
    public void Approve_OwnStatementOrNotApproverOrNotSubmitted_IsRefused()
    {
        var maijas = Accepted(StatementRules.Draft(Crisis, null, People.Maija, "Vika korjataan", canSend: true, At));
        var submitted = Accepted(StatementRules.Submit(maijas, People.Maija, At));

        Assert.Equal(RefusalCode.OwnDraft, StatementRules.Approve(submitted, People.Maija, At).Refused);
        Assert.Equal(RefusalCode.NotApprover, StatementRules.Approve(submitted, People.Aino, At).Refused);
        Assert.Equal(RefusalCode.NotInThisState, StatementRules.Approve(maijas, People.Bertil, At).Refused);
        Assert.Equal(RefusalCode.NoDraft, StatementRules.Approve(null, People.Maija, At).Refused);
    }

    [Fact]
    public void Submit_ByOtherOrTooLongOrTwice_IsRefused()
    {
        var drafted = Accepted(StatementRules.Draft(Crisis, null, People.Aino, "Vika korjataan", canSend: true, At));
        var tooLong = Accepted(StatementRules.Draft(Crisis, drafted, People.Aino, "Liian pitkä", canSend: false, At));

        Assert.Equal(RefusalCode.NotClaimer, StatementRules.Submit(drafted, People.Bertil, At).Refused);
        Assert.Equal(RefusalCode.CannotBeSent, StatementRules.Submit(tooLong, People.Aino, At).Refused);
        Assert.Equal(RefusalCode.AlreadyRecorded, StatementRules.Submit(Accepted(StatementRules.Submit(drafted, People.Aino, At)), People.Aino, At).Refused);
        Assert.Equal(2, tooLong.Revision);
    }

    [Fact]
    public void Draft_AfterSubmitClearsSubmission_AfterApprovalOrEmpty_IsRefused()
    {
        var submitted = Accepted(StatementRules.Submit(Accepted(StatementRules.Draft(Crisis, null, People.Aino, "Vika", true, At)), People.Aino, At));
        var redrafted = Accepted(StatementRules.Draft(Crisis, submitted, People.Bertil, "Vika korjataan", true, At));
        var approved = Accepted(StatementRules.Approve(Accepted(StatementRules.Submit(redrafted, People.Bertil, At)), People.Maija, At));

        Assert.Equal((StatementStage.Drafted, People.Bertil), (redrafted.Stage, redrafted.Author));
        Assert.Equal(RefusalCode.AlreadyRecorded, StatementRules.Draft(Crisis, approved, People.Aino, "Uusi", true, At).Refused);
        Assert.Equal(RefusalCode.EmptyText, StatementRules.Draft(Crisis, null, People.Aino, "  ", true, At).Refused);
    }

    private static CrisisStatement Accepted(StatementStep step) => Assert.IsType<CrisisStatement>(step.Next);
}
