using SomeTeams.Core.Mentions;
using SomeTeams.Core.Tone;

namespace SomeTeams.Core.Tests.Tone;

public sealed class ReplyLengthTests
{
    [Fact]
    public void Measure_XLink_Counts23() =>
        Assert.Equal(4 + 23, ReplyLength.Measure("See https://example.com/a/very/long/path/that/goes/on/and/on", Network.X));

    [Fact]
    public void Measure_XEmoji_CountsTwo() => Assert.Equal(4 + 2, ReplyLength.Measure("Hei 👍", Network.X));

    [Fact]
    public void Measure_OtherNetwork_CountsWhatPeopleSee() => Assert.Equal(5, ReplyLength.Measure("Hei 👍", Network.Mastodon));
}
