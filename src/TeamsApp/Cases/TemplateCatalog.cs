using Microsoft.Extensions.Options;
using SomeTeams.Core.Cases;
using SomeTeams.Core.Templates;
using SomeTeams.Teams.Cards;

namespace SomeTeams.TeamsApp.Cases;

/// <summary>The brand's reply templates that fit a case, and a chosen one filled in for the editor.</summary>
internal sealed class TemplateCatalog(TemplateLibrary library, IOptions<WorkflowOptions> options)
{
    public IReadOnlyList<TemplateOption> For(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return [.. Fitting(c).Select(t => new TemplateOption(t.Id, t.Name))];
    }

    /// <summary>The template's text with {author}, {agent} and {case} filled; null when it does not fit this case.</summary>
    public string? Fill(Case c, string templateId, Actor agent)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(agent);
        var template = Fitting(c).FirstOrDefault(t => string.Equals(t.Id, templateId, StringComparison.Ordinal));
        var author = string.IsNullOrWhiteSpace(c.Mention.Author.DisplayName) ? c.Mention.Author.Handle : c.Mention.Author.DisplayName;
        return template is null ? null : new TemplateValues(author, agent.Name, c.Id.Value).Render(template.Text);
    }

    private IReadOnlyList<ReplyTemplate> Fitting(Case c) =>
        library.For(options.Value.Brand, c.Triage.Language, c.Mention.ProfileNetwork, c.Triage.Topic);

    /// <summary>The library from <see cref="WorkflowOptions.TemplatesPath"/>; a broken file stops start-up with its reason.</summary>
    public static TemplateLibrary Load(WorkflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.TemplatesPath)
            ? new TemplateLibrary([])
            : TemplateLibrary.Parse(File.ReadAllText(options.TemplatesPath));
    }
}
