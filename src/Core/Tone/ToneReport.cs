namespace SomeTeams.Core.Tone;

/// <summary>The tone check's verdict on one draft.</summary>
public sealed record ToneReport(IReadOnlyList<ToneFinding> Findings)
{
    public bool NeedsApproval => Findings.Any(f => f.Severity >= ToneSeverity.Blocking);

    public bool CanSend => Findings.All(f => f.Severity != ToneSeverity.Prohibited);
}
