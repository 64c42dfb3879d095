using SomeTeams.Core.Policies;
using SomeTeams.Core.Triage;

namespace SomeTeams.Core.Tests.Policies;

public sealed class SlaPolicyTests
{
    [Theory]
    [InlineData(Priority.Low, Sentiment.Positive, 120)]
    [InlineData(Priority.Low, Sentiment.Negative, 45)]
    [InlineData(Priority.Normal, Sentiment.Neutral, 60)]
    [InlineData(Priority.Normal, Sentiment.Negative, 45)]
    [InlineData(Priority.High, Sentiment.Neutral, 45)]
    [InlineData(Priority.Urgent, Sentiment.Positive, 30)]
    [InlineData(Priority.Urgent, Sentiment.Negative, 30)]
    public void Target_Default_ByPriorityTightenedForNegative(Priority priority, Sentiment sentiment, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), SlaPolicy.Default.Target(priority, sentiment));

    [Fact]
    public void Default_Ceiling_IsFourHours() => Assert.Equal(TimeSpan.FromHours(4), SlaPolicy.Default.Ceiling);

    [Fact]
    public void Target_NoNegativeLimit_UsesPriorityOnly()
    {
        var policy = new SlaPolicy(Enum.GetValues<Priority>().ToDictionary(p => p, _ => TimeSpan.FromHours(1)), null, TimeSpan.FromHours(4));

        Assert.Equal(TimeSpan.FromHours(1), policy.Target(Priority.Normal, Sentiment.Negative));
    }

    [Fact]
    public void Constructor_MissingPriority_NamesIt()
    {
        var targets = new Dictionary<Priority, TimeSpan> { [Priority.Low] = TimeSpan.FromHours(1) };

        var error = Assert.Throws<ArgumentException>(() => new SlaPolicy(targets, null, TimeSpan.FromHours(4)));

        Assert.Contains("Normal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ZeroTargetOrCeiling_Throws()
    {
        var zero = Enum.GetValues<Priority>().ToDictionary(p => p, _ => TimeSpan.Zero);
        var hour = Enum.GetValues<Priority>().ToDictionary(p => p, _ => TimeSpan.FromHours(1));

        Assert.Throws<ArgumentException>(() => new SlaPolicy(zero, null, TimeSpan.FromHours(4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlaPolicy(hour, TimeSpan.Zero, TimeSpan.FromHours(4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlaPolicy(hour, null, TimeSpan.Zero));
    }
}
