using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Logging;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using Orleans.Serialization.Invocation;

namespace NationalRecognition.Grains.Audit;

/// <summary>
/// Puts every refused or failed call of an <see cref="AuditedMutationAttribute"/> method in the event log
/// (<see cref="CommandRefused"/>), so that the audit log shows refusals as well as changes; a successful call
/// needs nothing here, because its own events already went into the log with its state. The refusal is
/// recorded before the caller hears of it; if it cannot be recorded, the caller gets the storage failure (a
/// "retry") instead, so no refusal goes unrecorded. A refusal the grain recorded itself (<see cref="IRecordsOwnRefusals"/>)
/// is not recorded again.
/// </summary>
public sealed partial class AuditCallFilter(IEventStore events, TimeProvider time, ILogger<AuditCallFilter> logger)
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

        AuditOutcome outcome;
        string code;
        string? clause;
        try
        {
            await context.Invoke();
            return;
        }
        catch (DomainException exception) when (RecordedByTheGrain(context, exception))
        {
            throw;
        }
        catch (DomainException exception)
        {
            (outcome, code, clause) = Classify(exception.Code, exception.Clause);
            await Record(context, outcome, code, clause);
            throw;
        }
        catch (PlatformException exception)
        {
            (outcome, code, clause) = Classify(exception.Code, exception.Clause);
            await Record(context, outcome, code, clause);
            throw;
        }
        catch (Exception exception)
        {
            await Record(context, AuditOutcome.Failed, exception.GetType().Name, null);
            throw;
        }
    }

    private async Task Record(IIncomingGrainCallContext context, AuditOutcome outcome, string code, string? clause)
    {
        var action = $"{context.InterfaceMethod?.DeclaringType?.Name ?? context.InterfaceName}.{context.MethodName}";
        var actor = ActorOf(context.Request) ?? new Actor("unknown", ActorRole.Anonymous);
        var scope = ScopeOf(context.TargetContext.GrainInstance) ?? actor.InstitutionBin;
        var target = StateKey.Of(context.TargetId).StreamId;
        var refused = EventCatalogue.Pending(new CommandRefused(action, target, outcome, code, clause, AddressedInstitutionOf(context.Request)), actor, scope, time.GetUtcNow());
        try
        {
            await events.AppendAsync(target, refused, CancellationToken.None);
            Telemetry.PlatformMetrics.Committed([refused]);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogAuditFailed(logger, exception, action, outcome);
            // The cause stays in the silo's log: storage exceptions cannot cross the wire.
            throw new AuditUnavailableException($"The refusal of {action} could not be recorded in the audit log; retry.");
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

    /// <summary>The institution a submission was addressed to, as the caller stated it (for refusals at the door).</summary>
    private static string? AddressedInstitutionOf(IInvokable request)
    {
        for (var i = 0; i < request.GetArgumentCount(); i++)
        {
            if (request.GetArgument(i) is SubmitApplication { InstitutionBin: { Length: > 0 and <= 32 } bin })
            {
                return bin;
            }
        }

        return null;
    }

    private static bool RecordedByTheGrain(IIncomingGrainCallContext context, Exception exception) =>
        context.TargetContext.GrainInstance is IRecordsOwnRefusals grain && grain.HasRecorded(exception);

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

    private static (AuditOutcome, string, string?) Classify(DomainErrorCode code, string? clause) =>
        (code == DomainErrorCode.Forbidden ? AuditOutcome.Forbidden : AuditOutcome.Refused, code.ToString(), clause);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording the refusal of {Action} ({Outcome}) in the event log failed; the caller is told to retry.")]
    private static partial void LogAuditFailed(ILogger logger, Exception exception, string action, AuditOutcome outcome);
}
