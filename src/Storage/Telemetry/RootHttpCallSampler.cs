using System.Diagnostics;
using OpenTelemetry.Trace;

namespace SomeTeams.Storage.Telemetry;

/// <summary>
/// Parent-based sampling that drops HTTP client calls made outside any trace: the embedded
/// runner's queue polls, token refreshes and the exporters' own uploads would otherwise each be
/// a one-span trace every few hundred milliseconds. Calls inside a function or request stay.
/// </summary>
internal sealed class RootHttpCallSampler : Sampler
{
    private static readonly Sampler Inner = new ParentBasedSampler(new AlwaysOnSampler());

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.ParentContext.TraceId == default && samplingParameters.Kind == ActivityKind.Client
            && samplingParameters.Name == "System.Net.Http.HttpRequestOut"
            ? new SamplingResult(SamplingDecision.Drop)
            : Inner.ShouldSample(samplingParameters);
}
