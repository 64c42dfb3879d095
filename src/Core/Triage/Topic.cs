namespace SomeTeams.Core.Triage;

/// <summary>What a mention is about. Wire and data files use the snake_case names (waiting_time, product_question).</summary>
public enum Topic
{
    Other,
    Outage,
    Login,
    Billing,
    Cancellation,
    WaitingTime,
    Delivery,
    Praise,
    ProductQuestion,
    Abuse,
}
