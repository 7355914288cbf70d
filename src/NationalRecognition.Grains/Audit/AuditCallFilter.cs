using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Logging;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using Orleans.Serialization.Invocation;

namespace NationalRecognition.Grains.Audit;

/// <summary>
/// Records every call of an <see cref="AuditedMutationAttribute"/> method — who, what, when, outcome — in the
/// audit log of the grain's institution (or the platform's), whether the call succeeded or was refused.
/// The record is written after the call; a failure to write it is logged and does not undo the change
/// (the application's own audit trail is stored with the change itself).
/// </summary>
public sealed partial class AuditCallFilter(IGrainFactory grains, TimeProvider time, ILogger<AuditCallFilter> logger)
    : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<MethodInfo, bool> AuditedMethods = new();

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.ImplementationMethod is not { } method
            || !AuditedMethods.GetOrAdd(method, m => m.IsDefined(typeof(AuditedMutationAttribute), inherit: true)))
        {
            await context.Invoke();
            return;
        }

        var outcome = AuditOutcome.Succeeded;
        string? detail = null;
        try
        {
            await context.Invoke();
        }
        catch (DomainException exception)
        {
            (outcome, detail) = Classify(exception.Code);
            throw;
        }
        catch (RecognitionException exception)
        {
            (outcome, detail) = Classify(exception.Code);
            throw;
        }
        catch (Exception exception)
        {
            (outcome, detail) = (AuditOutcome.Failed, exception.GetType().Name);
            throw;
        }
        finally
        {
            await Record(context, outcome, detail);
        }
    }

    private async Task Record(IIncomingGrainCallContext context, AuditOutcome outcome, string? detail)
    {
        var action = $"{context.InterfaceMethod?.DeclaringType?.Name ?? context.InterfaceName}.{context.MethodName}";
        try
        {
            var actor = ActorOf(context.Request);
            var scope = ScopeOf(context.TargetContext.GrainInstance) ?? actor?.InstitutionBin ?? AuditScopes.Platform;
            var now = time.GetUtcNow();
            var record = new AuditRecord(
                0,
                now,
                actor?.SubjectId ?? "unknown",
                actor?.Role ?? ActorRole.Anonymous,
                actor?.InstitutionBin,
                action,
                context.TargetId.ToString(),
                outcome,
                detail);
            await grains.GetGrain<IAuditLogGrain>(AuditScopes.Key(scope, DateOnly.FromDateTime(now.UtcDateTime))).Append(record);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogAuditFailed(logger, exception, action, outcome);
        }
    }

    private static Actor? ActorOf(IInvokable request)
    {
        for (var i = 0; i < request.GetArgumentCount(); i++)
        {
            if (request.GetArgument(i) is Actor actor)
            {
                return actor;
            }
        }

        return null;
    }

    private static string? ScopeOf(object? grain)
    {
        try
        {
            return (grain as IAuditScoped)?.AuditScope;
        }
        catch (ArgumentException)
        {
            // A malformed key names no institution; the platform's log takes the record.
            return null;
        }
    }

    private static (AuditOutcome, string) Classify(DomainErrorCode code) =>
        (code == DomainErrorCode.Forbidden ? AuditOutcome.Forbidden : AuditOutcome.Refused, code.ToString());

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording {Action} ({Outcome}) in the audit log failed.")]
    private static partial void LogAuditFailed(ILogger logger, Exception exception, string action, AuditOutcome outcome);
}
