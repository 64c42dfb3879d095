using Microsoft.Extensions.DependencyInjection.Extensions;
using SomeTeams.Connectors.Demo;
using SomeTeams.Teams.Cards;

namespace SomeTeams.Functions.Demo;

/// <summary>
/// The demo source's activity, kept on Tables and shown at <c>/demo</c> and
/// <c>/demo/posts/{id}</c> on this host, where the Sent link of a demo case leads.
/// </summary>
public static class DemoEndpoints
{
    private const int Shown = 200;

    /// <summary>
    /// Before AddConnectors: the table store, and the page address from <c>Demo:PageBaseUrl</c>, else
    /// this host's own http address (the local run's <c>ASPNETCORE_URLS</c>). A host behind the
    /// Functions runtime has neither, and its demo links lead nowhere rather than to a wrong host.
    /// </summary>
    public static IServiceCollection AddDemoActivity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton<IDemoActivityStore, TableDemoActivityStore>();
        services.TryAddSingleton(new DemoLinks(PageBase(configuration)));
        return services;
    }

    public static WebApplication MapDemoPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/demo", async (HttpRequest request, IDemoActivityStore store, CancellationToken cancellationToken) =>
            Html(DemoPage.Index(await store.ListAsync(null, Shown, cancellationToken).ConfigureAwait(false), TextFor(request))));
        app.MapGet("/demo/posts/{id}", async (string id, HttpRequest request, IDemoActivityStore store, CancellationToken cancellationToken) =>
        {
            var item = DemoItems.Find(id);
            var done = await store.ListAsync(id, Shown, cancellationToken).ConfigureAwait(false);
            var page = DemoPage.Item(id, item, done, TextFor(request));
            return item is null && done.Count == 0 ? Results.Content(page, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound) : Html(page);
        });
        return app;
    }

    internal static Uri? PageBase(IConfiguration configuration)
    {
        if (Uri.TryCreate(configuration["Demo:PageBaseUrl"], UriKind.Absolute, out var configured))
        {
            // A base behind a proxy may carry a path prefix: keep it.
            return new Uri(configured.AbsoluteUri.TrimEnd('/') + "/");
        }

        // A wildcard binding (http://*:80, http://+:80) names no host a browser can reach.
        var own = configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        return own is not null && !own.Contains('*', StringComparison.Ordinal) && !own.Contains("://+", StringComparison.Ordinal)
            && Uri.TryCreate(own, UriKind.Absolute, out var at)
            ? new Uri(at.GetLeftPart(UriPartial.Authority) + "/")
            : null;
    }

    private static IResult Html(string page) => Results.Content(page, "text/html; charset=utf-8");

    private static DemoPageText TextFor(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault();
        return DemoPageText.For(CardLanguages.FromLocale(preferred?.Value.Value));
    }
}
