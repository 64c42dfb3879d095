namespace SomeTeams.Functions.Hosting;

/// <summary>What starts a function.</summary>
public abstract record FunctionTrigger
{
    private FunctionTrigger()
    {
    }

    /// <summary>A message on the queue with the logical name <paramref name="QueueName"/> (mentions, cards, outbox).</summary>
    public sealed record QueueMessageArrives(string QueueName) : FunctionTrigger;

    /// <summary>A 6-field NCRONTAB schedule, in UTC.</summary>
    public sealed record TimerFires(string Schedule) : FunctionTrigger;
}

/// <summary>
/// A function as both hosts see it: its name (the custom-handler route and function.json folder),
/// its trigger, and the class that runs it (resolved from the service provider per invocation).
/// </summary>
public sealed record FunctionDefinition(string Name, FunctionTrigger Trigger, Type Implementation)
{
    /// <summary>The binding name of the trigger in function.json, and the key of its value in the host's payload.</summary>
    public string TriggerBinding => Trigger is FunctionTrigger.QueueMessageArrives ? "message" : "timer";
}
