using SomeTeams.Core.Mentions;

namespace SomeTeams.Core.Tone;

/// <summary>
/// A draft to check. <paramref name="IsComplaint"/> is true when the case is negative (then a
/// reply without an apology or thanks gets a suggestion); <paramref name="IsSensitive"/> when
/// triage found the case sensitive (then any reply needs approval).
/// </summary>
public sealed record ToneRequest(
    string Text,
    Network Network,
    string Language,
    bool IsPublic = true,
    bool IsComplaint = false,
    bool IsSensitive = false,
    bool LinksAllowed = true);
