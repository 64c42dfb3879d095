using System.Text;
using SomeTeams.Teams.BotFramework.Activities;

namespace SomeTeams.Teams.Tests.BotFramework;

public sealed class ActivityReaderTests
{
    // The installationUpdate example of bot-protocol.md §6.4, with a field Teams may add later.
    private const string Installation = """
        {
          "type": "installationUpdate", "action": "add", "id": "f:816eb23d-bfa1-afa3-dfeb-d2aa338e9541",
          "serviceUrl": "https://smba.trafficmanager.net/amer/", "channelId": "msteams",
          "from": { "id": "29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI", "aadObjectId": "eddfa9d4-346e-4cce-a18f-fa6261ad776b" },
          "recipient": { "id": "28:608cacfd-1cea-40c9-b678-4b93e69bb72b", "name": "Test Bot" },
          "conversation": { "isGroup": true, "id": "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2", "name": "2021 Test Channel", "conversationType": "channel", "tenantId": "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f" },
          "channelData": {
            "settings": { "selectedChannel": { "id": "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2" } },
            "channel": { "id": "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2" },
            "team": { "aadGroupId": "da849743-4259-475f-ae7a-4f4b0fb49943", "name": "TestTeam2022", "id": "19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2" },
            "tenant": { "id": "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f" },
            "source": { "name": "message" }
          },
          "localTimestamp": "2021-08-11T09:41:43.0630000+03:00",
          "somethingNew": [1, 2, 3]
        }
        """;

    [Fact]
    public void Read_TeamsInstallationUpdate_KeepsTypedAndUnknownFields()
    {
        var read = ActivityReader.Read(Encoding.UTF8.GetBytes(Installation));

        var activity = Assert.IsType<Activity>(read.Activity);
        Assert.Equal("add", activity.Action);
        Assert.Equal("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", activity.TenantId);
        Assert.Equal("19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2", activity.ChannelData!.Settings!.SelectedChannel!.Id);
        Assert.Equal("TestTeam2022", activity.ChannelData.Team!.Name);
        Assert.True(activity.Extra!.ContainsKey("somethingNew"));
        Assert.True(activity.Extra.ContainsKey("localTimestamp"));
        Assert.True(activity.ChannelData.Extra!.ContainsKey("source"));
    }

    [Theory]
    [InlineData("""{"type":"","serviceUrl":"https://a.example/","channelId":"msteams","conversation":{"id":"a:1"}}""", "type")]
    [InlineData("""{"type":"message","serviceUrl":"not a url","channelId":"msteams","conversation":{"id":"a:1"},"from":{"id":"29:1"}}""", "serviceUrl")]
    [InlineData("""{"type":"message","serviceUrl":"ftp://a.example/","channelId":"msteams","conversation":{"id":"a:1"},"from":{"id":"29:1"}}""", "serviceUrl")]
    [InlineData("""{"type":"message","serviceUrl":"https://a.example/","channelId":"msteams","conversation":{"id":""},"from":{"id":"29:1"}}""", "conversation.id")]
    [InlineData("""{"type":"invoke","serviceUrl":"https://a.example/","channelId":"msteams","conversation":{"id":"a:1"}}""", "from.id")]
    [InlineData("""{"type":"message","channelId":"msteams","conversation":{"id":"a:1"},"from":{"id":"29:1"}}""", "serviceUrl")]
    [InlineData("""{"type":"message","serviceUrl":"https://a.example/","channelId":"msteams","conversation":{"id":"a:1"},"from":{"name":"no id"}}""", "id")]
    public void Read_MissingOrBadRequiredField_NamesIt(string json, string field)
    {
        var read = ActivityReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(read.Activity);
        Assert.Contains(field, read.Problem, StringComparison.Ordinal);
    }
}
