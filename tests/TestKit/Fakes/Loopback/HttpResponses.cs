using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SomeTeams.TestKit.Fakes.Loopback;

/// <summary>Writes a JSON answer the way the real APIs do (status, content type, body).</summary>
public static class HttpResponses
{
    public static Task WriteJsonAsync(this HttpContext context, int status, JsonNode body, string contentType = "application/json; charset=utf-8")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }
}
