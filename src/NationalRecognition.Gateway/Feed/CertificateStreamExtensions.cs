using Microsoft.Extensions.Options;

namespace NationalRecognition.Gateway.Feed;

/// <summary>Registers and maps the NDJSON certificate stream.</summary>
public static class CertificateStreamExtensions
{
    public static IServiceCollection AddCertificateStream(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CertificateStreamOptions>()
            .Bind(configuration.GetSection(CertificateStreamOptions.SectionName))
            .Validate(o => o.ChunkSize is >= 1 and <= Contracts.Certificates.CertificateFeedKeys.MaxBatchSize, "CertificateStream:ChunkSize must be 1 to 1000.")
            .Validate(o => o.ChunksInFlight >= 1 && o.MaxLineBytes >= 1024 && o.MaxStreamBytes > 0,
                "CertificateStream: ChunksInFlight must be at least 1, MaxLineBytes at least 1024, MaxStreamBytes positive.")
            .ValidateOnStart();
        services.AddSingleton<CertificateStreamEndpoint>();
        return services;
    }

    public static IEndpointRouteBuilder MapCertificateStream(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<CertificateStreamOptions>>().Value;
        var endpoint = endpoints.ServiceProvider.GetRequiredService<CertificateStreamEndpoint>();
        endpoints.MapPost(options.Path, endpoint.HandleAsync).WithName("CertificateStream");
        return endpoints;
    }
}
