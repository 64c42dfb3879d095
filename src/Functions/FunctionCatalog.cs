using SomeTeams.Functions.Cards;
using SomeTeams.Functions.Deletions;
using SomeTeams.Functions.Hosting;
using SomeTeams.Functions.Pipeline;
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
        new("CheckDeletions", new FunctionTrigger.TimerFires(CheckDeletions.DefaultSchedule), typeof(CheckDeletions)),
    ];
}
