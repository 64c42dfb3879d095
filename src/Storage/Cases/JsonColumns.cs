using System.Text;
using Azure.Data.Tables;

namespace SomeTeams.Storage.Cases;

/// <summary>
/// A JSON document in one or more string properties. A table string property holds at most
/// 64 KiB (32K UTF-16 characters) while an entity holds 1 MiB, and a case grows with its
/// follow-ups and notes, so long documents are split over Json, Json1, Json2…
/// </summary>
internal static class JsonColumns
{
    private const int ChunkLength = 30_000;
    private const string Name = "Json";

    public static void Write(TableEntity entity, string json)
    {
        for (int i = 0, start = 0; start < json.Length || i == 0; i++, start += ChunkLength)
        {
            entity[i == 0 ? Name : Name + i] = json.Substring(start, Math.Min(ChunkLength, json.Length - start));
        }
    }

    public static string Read(TableEntity entity)
    {
        var json = new StringBuilder(entity.GetString(Name));
        for (var i = 1; entity.GetString(Name + i) is { } chunk; i++)
        {
            json.Append(chunk);
        }

        return json.ToString();
    }
}
