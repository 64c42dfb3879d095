using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Triage;

/// <summary>The snake_case names that rule files, the CLI and data files use for triage values.</summary>
public static class TriageNames
{
    private static readonly (Topic Topic, string Name)[] Topics =
    [
        (Topic.Other, "other"), (Topic.Outage, "outage"), (Topic.Login, "login"), (Topic.Billing, "billing"),
        (Topic.Cancellation, "cancellation"), (Topic.WaitingTime, "waiting_time"), (Topic.Delivery, "delivery"),
        (Topic.Praise, "praise"), (Topic.ProductQuestion, "product_question"), (Topic.Abuse, "abuse"),
    ];

    private static readonly (SensitiveReasons Reason, string Name)[] Reasons =
    [
        (SensitiveReasons.MoneyOwed, "money"), (SensitiveReasons.Legal, "legal"), (SensitiveReasons.Media, "media"),
        (SensitiveReasons.Health, "health"), (SensitiveReasons.Safety, "safety"), (SensitiveReasons.Fraud, "fraud"),
    ];

    public static string Name(Topic topic) => Array.Find(Topics, t => t.Topic == topic).Name;

    public static bool TryParseTopic(string name, out Topic topic)
    {
        var i = Array.FindIndex(Topics, t => t.Name == name);
        topic = i < 0 ? Topic.Other : Topics[i].Topic;
        return i >= 0;
    }

    public static bool TryParseReason(string name, out SensitiveReasons reason)
    {
        var i = Array.FindIndex(Reasons, t => t.Name == name);
        reason = i < 0 ? SensitiveReasons.None : Reasons[i].Reason;
        return i >= 0;
    }

    public static string Name(Sentiment sentiment) => sentiment switch
    {
        Sentiment.Negative => "negative",
        Sentiment.Positive => "positive",
        _ => "neutral",
    };

    public static string Name(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Card => "card",
        PersonalDataKind.Iban => "iban",
        PersonalDataKind.Hetu => "hetu",
        PersonalDataKind.Phone => "phone",
        _ => "email",
    };

    public static string Name(Priority priority) => priority switch
    {
        Priority.Low => "low",
        Priority.High => "high",
        Priority.Urgent => "urgent",
        _ => "normal",
    };

    public static bool TryParseNetwork(string name, out Network network) =>
        Enum.TryParse(name, ignoreCase: true, out network) && Enum.IsDefined(network);
}
