namespace SomeTeams.Storage.Tests;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("at://did:plc:abc/app.bsky.feed.post/3kabc")]
    [InlineData("back\\slash#hash?query")]
    [InlineData("tab\there\u0001\u007f\u0085")]
    [InlineData("quote'percent%tilde~")]
    [InlineData("ääkköset ja 🙂")]
    public void Escape_AnyId_HasNoForbiddenCharacters(string id)
    {
        var key = TableKey.Escape(id);

        Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' or '\'' or '%' || char.IsControl(c) || c > '\u007e');
    }

    [Fact]
    public void Escape_SafeId_Unchanged() => Assert.Equal("17841400008460056_1234", TableKey.Escape("17841400008460056_1234"));

    [Fact]
    public void Escape_IdsThatLookAlikeAfterEscaping_StayDistinct()
    {
        string[] ids = ["a/b", "a~2Fb", "a~b", "a%2Fb", "a|b", "a", "A"];

        Assert.Equal(ids.Length, ids.Select(TableKey.Escape).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Escape_VeryLongId_HashedToAFixedLength()
    {
        var longA = new string('a', 600);
        var longB = new string('a', 599) + "b";

        Assert.Equal(66, TableKey.Escape(longA).Length);
        Assert.NotEqual(TableKey.Escape(longA), TableKey.Escape(longB));
        Assert.Equal(TableKey.Escape(longA), TableKey.Escape(new string('a', 600)));
    }

    [Fact]
    public void Join_PartsContainingTheSeparator_DoNotRunTogether() =>
        Assert.NotEqual(TableKey.Join("a|b", "c"), TableKey.Join("a", "b|c"));
}
