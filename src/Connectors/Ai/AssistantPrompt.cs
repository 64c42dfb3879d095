using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using SomeTeams.Core.Mentions;
using SomeTeams.Core.Templates;
using SomeTeams.Core.Triage;

namespace SomeTeams.Connectors.Ai;

/// <summary>
/// What the assistant is told: the brand's tone of voice, the case as triage saw it, and the
/// thread. Nothing personal leaves: personal data is redacted, handles replaced, and the
/// customer's and agent's names stay placeholders filled in after the answer comes back.
/// </summary>
internal static partial class AssistantPrompt
{
    public static ChatOptions Options(SuggestionContext context) => new()
    {
        Instructions = Instructions(context),
        Temperature = 0.3f,
        MaxOutputTokens = 400,
    };

    public static IReadOnlyList<ChatMessage> Messages(SuggestionContext context)
    {
        var text = new StringBuilder()
            .Append("Case: topic ").Append(TriageNames.Name(context.Triage.Topic))
            .Append(", sentiment ").Append(TriageNames.Name(context.Triage.Sentiment))
            .Append(", sensitive ").Append(context.Triage.Sensitive ? "yes" : "no").AppendLine(".")
            .AppendLine("Thread, oldest first:");
        foreach (var turn in context.Thread)
        {
            text.Append(turn.FromBrand ? "Brand: " : "Customer: ").AppendLine(Clean(turn.Text));
        }

        return [new ChatMessage(ChatRole.User, text.ToString())];
    }

    /// <summary>Fills the placeholders the assistant was asked to keep and trims what it wrapped around the reply.</summary>
    public static string Finish(string answer, SuggestionContext context) => context.Values.Render(answer.Trim().Trim('"').Trim());

    /// <summary>Personal data out, handles out: the outside service sees the case, not the person.</summary>
    public static string Clean(string text) => Handle().Replace(PersonalDataMasker.Redact(text), "@user");

    private static string Instructions(SuggestionContext context)
    {
        var limit = NetworkProfile.For(context.Network).ReplyLengthLimit;
        var text = new StringBuilder()
            .Append("You draft a reply for the social customer care team of ").Append(context.Brand)
            .AppendLine(". A person reviews, edits and sends it.")
            .Append("Write in ").Append(LanguageName(context.Triage.Language)).Append(", at most ").Append(limit)
            .Append(" characters, for ").Append(context.Network).AppendLine(".")
            .AppendLine("Be warm and concrete: say what happens next and when. No canned phrases such as 'we will get back to you as soon as possible'.")
            .AppendLine("Apologise for a complaint and thank for feedback. Never blame or argue with the customer, no sarcasm, no capitals for emphasis.")
            .AppendLine("Address the customer as {author} and sign as {agent}; write these placeholders literally. Never invent facts, prices or dates.");
        if (context.IsPublic)
        {
            text.AppendLine("This is a public reply: never ask for or repeat personal data (card numbers, account numbers, identity codes, phone numbers, e-mail addresses).");
        }

        if (context.Triage.Sensitive)
        {
            text.AppendLine("The case is sensitive: invite the customer to continue in a private message and say what will happen there.");
        }

        if (context.ToneOfVoice is { Length: > 0 } guide)
        {
            text.AppendLine("The brand's tone of voice:").AppendLine(Clean(guide));
        }

        return text.AppendLine("Answer with the reply text only.").ToString();
    }

    private static string LanguageName(string code) => code switch
    {
        "fi" => "Finnish",
        "sv" => "Swedish",
        _ => "English",
    };

    [GeneratedRegex(@"(?<![\p{L}\d._%+-])@[\p{L}\d_][\p{L}\d_.]*", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();
}
