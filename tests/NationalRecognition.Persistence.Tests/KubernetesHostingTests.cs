using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NationalRecognition.ServiceDefaults.Cluster;
using NationalRecognition.Silo;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;

namespace NationalRecognition.Persistence.Tests;

/// <summary>
/// <c>Recognition:KubernetesHosting</c> (set by the manifests in k8s/ and helm/) wires Orleans' Kubernetes hosting into
/// the silo host: the silo takes its name, address and cluster id from the pod. Off, nothing changes. The host is
/// built, never started, so no Kubernetes API server or database is needed.
/// </summary>
[Collection(nameof(KubernetesHostingTests))]
[CollectionDefinition(nameof(KubernetesHostingTests), DisableParallelization = true)]
public sealed class KubernetesHostingTests
{
    private const string ConnectionString = "Host=127.0.0.1;Database=never_opened";

    // What the downward API gives a silo pod (k8s/base/silo-deployment.yaml).
    private static readonly Dictionary<string, string> Pod = new()
    {
        ["POD_NAME"] = "recognition-silo-7c9d5-abcde",
        ["POD_NAMESPACE"] = "national-recognition",
        ["POD_IP"] = "10.42.0.17",
        ["ORLEANS_CLUSTER_ID"] = "recognition-prod",
        ["ORLEANS_SERVICE_ID"] = "national-recognition",
    };

    [Fact]
    public void The_setting_binds_from_configuration()
    {
        using var host = Build(("Recognition:KubernetesHosting", "true"));

        Assert.True(Resolve<PlatformClusterOptions>(host).KubernetesHosting);
    }

    [Fact]
    public void A_Kubernetes_hosted_silo_is_named_after_its_pod_and_advertises_the_pod_s_IP()
    {
        using var environment = new PodEnvironment();

        // The manifests give the pod's IP as Recognition__AdvertisedAddress too: Orleans' own default address (the
        // host's first address) is filled in before Kubernetes hosting would read POD_IP.
        using var host = Build(("Recognition:KubernetesHosting", "true"), ("Recognition:AdvertisedAddress", Pod["POD_IP"]));

        Assert.Equal(Pod["POD_NAME"], Resolve<SiloOptions>(host).SiloName);
        var endpoints = Resolve<EndpointOptions>(host);
        Assert.Equal(IPAddress.Parse(Pod["POD_IP"]), endpoints.AdvertisedIPAddress);
        Assert.Equal(new IPEndPoint(IPAddress.Any, 11111), endpoints.SiloListeningEndpoint);
        Assert.Equal(new IPEndPoint(IPAddress.Any, 30000), endpoints.GatewayListeningEndpoint);
    }

    [Fact]
    public void A_Kubernetes_hosted_silo_takes_its_cluster_id_from_the_pod()
    {
        using var environment = new PodEnvironment();
        using var host = Build(("Recognition:KubernetesHosting", "true"), ("Recognition:ClusterId", "from-configuration"));

        Assert.Equal(Pod["ORLEANS_CLUSTER_ID"], Resolve<ClusterOptions>(host).ClusterId);
        Assert.Equal(Pod["ORLEANS_SERVICE_ID"], Resolve<ClusterOptions>(host).ServiceId);
    }

    [Fact]
    public void Without_the_setting_a_PostgreSql_silo_has_no_Kubernetes_hosting_and_advertises_loopback()
    {
        using var environment = new PodEnvironment();
        using var host = Build();

        Assert.Empty(host.Services.GetServices<IValidateOptions<KubernetesHostingOptions>>());
        Assert.Equal(IPAddress.Loopback, Resolve<EndpointOptions>(host).AdvertisedIPAddress);
        Assert.Equal(PlatformClusterDefaults.PostgreSqlClusterId, Resolve<ClusterOptions>(host).ClusterId);
        Assert.NotEqual(Pod["POD_NAME"], Resolve<SiloOptions>(host).SiloName);
    }

    [Fact]
    public void Kubernetes_hosting_is_refused_in_Local_mode()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            PlatformClusterOptionsValidator.ThrowIfInvalid(new PlatformClusterOptions { KubernetesHosting = true }));

        Assert.Contains(error.Failures, failure => failure.StartsWith("Recognition:KubernetesHosting needs Recognition:Mode=PostgreSql", StringComparison.Ordinal));
    }

    private static WebApplication Build(params (string Key, string? Value)[] settings) =>
        PlatformSiloHost.CreateBuilder([], new (string Key, string? Value)[]
        {
            ("Recognition:Mode", "PostgreSql"),
            ("Recognition:ConnectionString", ConnectionString),
        }.Concat(settings).ToDictionary(s => s.Key, s => s.Value)).Build();

    private static T Resolve<T>(WebApplication host)
        where T : class => host.Services.GetRequiredService<IOptions<T>>().Value;

    /// <summary>Sets the pod's variables for one test and restores what was there before.</summary>
    private sealed class PodEnvironment : IDisposable
    {
        private readonly Dictionary<string, string?> _before = Pod.Keys.ToDictionary(key => key, Environment.GetEnvironmentVariable);

        public PodEnvironment()
        {
            foreach (var (key, value) in Pod)
            {
                Environment.SetEnvironmentVariable(key, value);
            }
        }

        public void Dispose()
        {
            foreach (var (key, value) in _before)
            {
                Environment.SetEnvironmentVariable(key, value);
            }
        }
    }
}
