using SomeTeams.Connectors;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Mentions;
using SomeTeams.Functions.Pipeline;
using SomeTeams.TestKit.Azurite;
using SomeTeams.TestKit.Storage;

namespace SomeTeams.Functions.Tests.Pipeline;

/// <summary>SendReply keeps the connector's problem code on the case (for the card) next to the English reason (for the audit).</summary>
public sealed class SendReplyProblemTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, ActionOutcome, CaseState, ActionProblem> Outcomes => new()
    {
        { "p-1", new ActionOutcome.Refused(ActionProblem.NotSummoned, "X allows a reply only when mentioned."), CaseState.Claimed, ActionProblem.NotSummoned },
        { "p-2", new ActionOutcome.Failed(new ConnectorError.Rejected("outside the window") { Problem = ActionProblem.MessagingWindowClosed }), CaseState.Claimed, ActionProblem.MessagingWindowClosed },
        { "p-3", new ActionOutcome.Failed(new ConnectorError.QuotaExhausted(null, "The YouTube daily quota is spent.")), CaseState.Claimed, ActionProblem.QuotaExhausted },
        { "p-4", new ActionOutcome.Failed(new ConnectorError.AuthExpired("token revoked")), CaseState.Claimed, ActionProblem.AuthExpired },
        { "p-5", new ActionOutcome.Unknown("timed out after sending"), CaseState.SendUnknown, ActionProblem.OutcomeUnknown },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task NotSent_CaseStoresTheProblemCodeAndTheEnglishReason(string externalId, ActionOutcome answer, CaseState state, ActionProblem problem)
    {
        await using var storage = await TestStorage.CreateAsync(azurite, Ct);
        var network = new FakeNetwork(Network.Facebook) { Answer = answer };
        await using var app = await PipelineApp.StartAsync(storage, network, runner: false, Ct);
        var (c, body) = await SendReplyTests.StoreSendingAsync(app, externalId);

        await app.RunAsync<SendReply>(body, Ct);

        var failed = (await app.Cases.GetAsync(c.Id, Ct))!;
        Assert.Equal((state, problem), (failed.State, failed.LastProblem));
        Assert.False(string.IsNullOrWhiteSpace(failed.LastError));
        var audit = (await app.Cases.GetAuditAsync(c.Id, Ct))[^1];
        Assert.StartsWith(problem + ": ", audit.Detail, StringComparison.Ordinal);
    }
}
