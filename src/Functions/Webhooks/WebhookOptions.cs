namespace SomeTeams.Functions.Webhooks;

/// <summary>
/// The <c>Webhooks</c> section: the app secrets the networks sign with (from Key Vault or user
/// secrets, never logged). A network whose secret is missing gets 401 for every delivery.
/// </summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>The Meta app secret: <c>X-Hub-Signature-256</c> is its HMAC of the raw body.</summary>
    public string? MetaAppSecret { get; set; }

    /// <summary>The token typed into the Meta app's webhook settings, echoed in <c>hub.verify_token</c>.</summary>
    public string? MetaVerifyToken { get; set; }

    /// <summary>The X app's consumer secret, for the CRC answer and the signature.</summary>
    public string? XConsumerSecret { get; set; }
}
