using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.Teams.Tests.BotFramework;

public sealed class BotMentionTests
{
    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = "message",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = "19:c@thread.tacv2;messageid=1", ConversationType = "channel" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Care Bot" },
        Text = text,
        Entities = entities,
    };

    private static Entity Mention(string id, string text) => new() { Type = "mention", Text = text, Mentioned = new ChannelAccount { Id = id } };

    [Fact]
    public void Strip_BotMentionAnywhere_LeavesTheCommand()
    {
        var activity = Message("<at>Care Bot</at> jono\n <at>Care Bot</at>", Mention("28:bot", "<at>Care Bot</at>"));

        Assert.True(BotMention.MentionsBot(activity));
        Assert.Equal("jono", BotMention.StripBotMention(activity));
    }

    [Fact]
    public void Strip_OtherPeoplesMentions_AreKept()
    {
        var activity = Message("<at>Care Bot</at> ota <at>Aino</at>", Mention("28:bot", "<at>Care Bot</at>"), Mention("29:aino", "<at>Aino</at>"));

        Assert.Equal("ota <at>Aino</at>", BotMention.StripBotMention(activity));
    }

    [Fact]
    public void MentionsBot_OnlySomeoneElseMentioned_IsFalse()
    {
        var activity = Message("<at>Aino</at> hei", Mention("29:aino", "<at>Aino</at>"), new Entity { Type = "clientInfo" });

        Assert.False(BotMention.MentionsBot(activity));
        Assert.Equal("<at>Aino</at> hei", BotMention.StripBotMention(activity));
    }

    [Theory]
    [InlineData("19:c@thread.tacv2;messageid=1776390257332", "19:c@thread.tacv2")]
    [InlineData("19:c@thread.tacv2", "19:c@thread.tacv2")]
    [InlineData("a:1personal", "a:1personal")]
    public void WithoutThread_StripsTheMessageIdSuffix(string id, string expected) =>
        Assert.Equal(expected, ConversationIds.WithoutThread(id));

    [Fact]
    public void Thread_JoinsChannelAndNumericRoot_AndRefusesOthers()
    {
        Assert.Equal("19:c@thread.tacv2;messageid=42", ConversationIds.Thread("19:c@thread.tacv2;messageid=7", "42"));
        Assert.Throws<ArgumentException>(() => ConversationIds.Thread("19:c@thread.tacv2", "0"));
        Assert.Throws<ArgumentException>(() => ConversationIds.Thread("19:c@thread.tacv2", "f:abc"));
    }
}
