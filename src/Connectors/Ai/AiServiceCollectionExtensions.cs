using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SomeTeams.Core.Templates;
using SomeTeams.Core.Tone;

namespace SomeTeams.Connectors.Ai;

public static class AiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IReplySuggester"/>: through the assistant when the "Ai" section names an
    /// endpoint and a key, otherwise from templates. The host registers its <see cref="TemplateLibrary"/>.
    /// </summary>
    public static IServiceCollection AddReplySuggestions(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new ChatCompletionsOptions();
        configuration.GetSection(ChatCompletionsOptions.Section).Bind(options);
        services.TryAddSingleton(ToneCheck.Default);
        services.TryAddSingleton(new TemplateLibrary([]));
        services.TryAddSingleton(sp => new TemplateSuggester(sp.GetRequiredService<TemplateLibrary>(), sp.GetRequiredService<ToneCheck>()));
        if (!options.IsConfigured)
        {
            services.TryAddSingleton<IReplySuggester>(sp => sp.GetRequiredService<TemplateSuggester>());
            return services;
        }

        services.AddSingleton(options);
        services.AddHttpClient<IChatClient, ChatCompletionsClient>(http => http.Timeout = options.Timeout);
        services.TryAddTransient<IReplySuggester, AssistantReplySuggester>();
        return services;
    }
}
