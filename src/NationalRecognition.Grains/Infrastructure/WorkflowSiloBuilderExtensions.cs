using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NationalRecognition.Domain.RuleVersions;
using NationalRecognition.Grains.Audit;
using NationalRecognition.Grains.Infrastructure;

namespace Orleans.Hosting;

public static class WorkflowSiloBuilderExtensions
{
    /// <summary>
    /// Registers what the recognition workflow's grains need: time, rule versions, options, the error filter
    /// and the audit filter (inside the error filter, so it sees the domain's refusal codes).
    /// </summary>
    public static ISiloBuilder AddRecognitionWorkflow(this ISiloBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(_ => RuleVersionCatalogue.LoadDefault());
        builder.Services.AddOptions<WorkflowOptions>().BindConfiguration(WorkflowOptions.SectionName);
        builder.Services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName);
        builder.AddIncomingGrainCallFilter<DomainExceptionFilter>();
        builder.AddIncomingGrainCallFilter<AuditCallFilter>();
        return builder;
    }
}
