using SomeTeams.Core.Cases;
using SomeTeams.Core.Crisis;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Triage;
using SomeTeams.Storage.Crisis;

namespace SomeTeams.Functions.Crisis;

/// <summary>
/// Counts a triaged mention for the spike detector: its account and topic at the time it was
/// triaged. Written under the mention's key, so a retried delivery counts once.
/// </summary>
public sealed class VolumeRecorder(CrisisStore store, Triager triager, TimeProvider time)
{
    public Task RecordAsync(Mention mention, CaseId caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var now = time.GetUtcNow();
        var topic = triager.Triage(mention, now).Topic;
        return store.RecordVolumeAsync(mention.Key, new VolumeEntry(now, mention.AccountId, topic, caseId.Value), cancellationToken);
    }
}
