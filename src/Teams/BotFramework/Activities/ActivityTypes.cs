namespace SomeTeams.Teams.BotFramework.Activities;

/// <summary>The activity types and invoke names we route; anything else is acknowledged and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string TeamsChannelId = "msteams";
}
