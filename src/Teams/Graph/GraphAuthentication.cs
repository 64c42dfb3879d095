using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace SomeTeams.Teams.Graph;

/// <summary>
/// Puts the app token on every Graph request. Our own provider rather than Kiota's bearer one,
/// whose allowed-hosts check and https rule would refuse the loopback fake Graph.
/// </summary>
internal sealed class GraphAuthentication(GraphTokenSource tokens) : IAuthenticationProvider
{
    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Remove("Authorization");
        request.Headers.Add("Authorization", "Bearer " + token);
    }
}
