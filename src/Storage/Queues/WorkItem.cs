namespace SomeTeams.Storage.Queues;

/// <summary>
/// A received queue message. <see cref="PopReceipt"/> proves this receiver holds it until its
/// visibility timeout ends; <see cref="DequeueCount"/> counts deliveries, including this one.
/// </summary>
public sealed record WorkItem(string MessageId, string PopReceipt, string Body, long DequeueCount, DateTimeOffset? InsertedOn);
