using System.Diagnostics;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Telemetry;

namespace SomeTeams.TeamsApp.Telemetry;

/// <summary>
/// A span per card action, under the request's span: a send or approve starts the trace the
/// outbox message carries on to SendReply and the network.
/// </summary>
internal static class ActionSpans
{
    public static Activity? Start(string verb) =>
        SomeTeamsTelemetry.Source.StartActivity("CardAction " + verb)?.SetTag(TraceTags.Operation, verb);

    public static void Case(CaseId caseId) => Activity.Current?.SetTag(TraceTags.CaseId, caseId.Value);

    public static void Refused(RefusalCode code) => Activity.Current?.SetTag(TraceTags.Outcome, "refused " + code);
}
