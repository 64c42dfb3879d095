using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Crisis;
using SomeTeams.Functions.Deletions;
using SomeTeams.Functions.Digest;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Pipeline;
using SomeTeams.Functions.Shifts;
using SomeTeams.Functions.Sla;
using SomeTeams.Storage;

namespace SomeTeams.Functions;

/// <summary>Every function of the app, once: both hosts and the committed function.json files follow this list.</summary>
public static class FunctionCatalog
{
    public static IReadOnlyList<FunctionDefinition> All { get; } =
    [
        new("PollSources", new FunctionTrigger.TimerFires(PollSources.DefaultSchedule), typeof(PollSources)),
        new("TriageMention", new FunctionTrigger.QueueMessageArrives(StorageNames.Mentions), typeof(TriageMention)),
        new("PostCard", new FunctionTrigger.QueueMessageArrives(StorageNames.Cards), typeof(PostCard)),
        new("SendReply", new FunctionTrigger.QueueMessageArrives(StorageNames.Outbox), typeof(SendReply)),
        new("SendingSweep", new FunctionTrigger.TimerFires(SendingSweep.DefaultSchedule), typeof(SendingSweep)),
        new("SpikeDetector", new FunctionTrigger.TimerFires(SpikeDetector.DefaultSchedule), typeof(SpikeDetector)),
        new("CheckDeletions", new FunctionTrigger.TimerFires(CheckDeletions.DefaultSchedule), typeof(CheckDeletions)),
        new("SlaSweep", new FunctionTrigger.TimerFires(SlaSweep.DefaultSchedule), typeof(SlaSweep)),
        new("ShiftHandover", new FunctionTrigger.TimerFires(ShiftHandover.DefaultSchedule), typeof(ShiftHandover)),
        new("WeeklyDigest", new FunctionTrigger.TimerFires(WeeklyDigest.DefaultSchedule), typeof(WeeklyDigest)),
    ];
}
