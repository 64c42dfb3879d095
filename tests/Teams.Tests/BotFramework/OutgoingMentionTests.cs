using SomeTeams.Teams.BotFramework.Outbound;

namespace SomeTeams.Teams.Tests.BotFramework;

public sealed class OutgoingMentionTests
{
    [Fact]
    public void Create_NameWithMarkup_IsEscapedAlikeInTextAndEntity()
    {
        var mention = OutgoingMention.Create("29:aino", "Aino <Tiimi> & Co");

        Assert.Equal("<at>Aino &lt;Tiimi&gt; &amp; Co</at>", mention.Text);
        Assert.Equal(mention.Text, mention.Entity.Text);
        Assert.Equal("mention", mention.Entity.Type);
        Assert.Equal("29:aino", mention.Entity.Mentioned!.Id);
    }
}
