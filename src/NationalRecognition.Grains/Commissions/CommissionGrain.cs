using Microsoft.Extensions.Logging;
using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Grains.Audit;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.Infrastructure;

namespace NationalRecognition.Grains.Commissions;

/// <summary>
/// A Commission, keyed "BIN/code". It exists from the date of the order that created it; a new order
/// reconstitutes it, and earlier compositions stay in its history (clauses 11, 21, 22).
/// </summary>
public sealed partial class CommissionGrain(
    [PersistentState("commission", StorageNames.Recognition)] IPersistentState<CommissionState> state,
    IGrainFactory grains,
    TimeProvider time,
    ILogger<CommissionGrain> logger)
    : Grain, ICommissionGrain, IAuditScoped
{
    private string Id => this.GetPrimaryKeyString();

    public string AuditScope => CommissionIds.InstitutionOf(Id);

    /// <summary>
    /// Restates stored decimal quorums that approximate a simple fraction as that fraction, with an event the institution
    /// reads in its audit log. Until that write succeeds the decimals are read as they always were; a failed write is
    /// tried again at the next activation.
    /// </summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (orders, migrated) = QuorumMigration.Of(state.State.Orders);
        if (migrated.Count > 0)
        {
            try
            {
                await state.CommitAsync(
                    new CommissionState { Orders = orders },
                    [EventCatalogue.Pending(new CommissionQuorumsMigrated(Id, migrated), Actor.System, AuditScope, time.GetUtcNow())],
                    this);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogQuorumMigrationFailed(logger, exception);
            }
        }

        await base.OnActivateAsync(cancellationToken);
    }

    [AuditedMutation]
    public async Task<CommissionInfo> Establish(ConstituteCommission command, Actor actor)
    {
        AccessPolicy.ConstituteCommission(actor, CommissionIds.InstitutionOf(Id));
        var institution = grains.GetGrain<IInstitutionGrain>(CommissionIds.InstitutionOf(Id));
        if (await institution.GetProfile() is null)
        {
            throw new DomainException(DomainErrorCode.NotFound,
                Message.Of("commissionGrain.institutionBINValue", ("bin", CommissionIds.InstitutionOf(Id))), "institutionBin");
        }

        var normalised = Normalise(command);
        if (state.State.Orders.Count > 0)
        {
            if (!IsRepeatOf(state.State.Orders[0], normalised))
            {
                throw new DomainException(DomainErrorCode.Conflict,
                    Message.Of("commissionGrain.commissionWasAlready", ("number", state.State.Orders[0].Order.Number)), "order.number", "11");
            }
        }
        else
        {
            _ = Commission.Establish(CommissionMapping.ToDomain(normalised.Order), CommissionMapping.ToDomain(normalised.Members), CommissionMapping.ToDomain(normalised.Regulation));
            await Commit(normalised, new CommissionEstablished(Id, normalised.Order, normalised.Members.Count), actor);
        }

        // Repeated on a retry too: the institution may not have heard of it if the first attempt died here.
        await institution.CommissionEstablished(Id);
        return Info();
    }

    [AuditedMutation]
    public async Task<CommissionInfo> Reconstitute(ConstituteCommission command, Actor actor)
    {
        AccessPolicy.ConstituteCommission(actor, CommissionIds.InstitutionOf(Id));
        EnsureEstablished();

        var normalised = Normalise(command);
        if (IsRepeatOf(state.State.Orders[^1], normalised))
        {
            return Info();
        }

        _ = Domain().Reconstitute(CommissionMapping.ToDomain(normalised.Order), CommissionMapping.ToDomain(normalised.Members), CommissionMapping.ToDomain(normalised.Regulation));
        await Commit(normalised, new CommissionReconstituted(Id, normalised.Order, normalised.Members.Count), actor);
        return Info();
    }

    [AuditedMutation]
    public async Task<CommissionInfo> CorrectMemberIdentities(CorrectMemberIdentities command, Actor actor)
    {
        AccessPolicy.CorrectMemberIdentities(actor, CommissionIds.InstitutionOf(Id));
        EnsureEstablished();

        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("commissionGrain.administrativeCorrectionStates"), "reason", "22");
        }

        var corrected = Domain().CorrectIdentities(command.OrderNumber, command.Members.Select(m => new IdentityCorrection(m.Name, m.SubjectId)).ToList());
        var next = new CommissionState();
        var changes = new List<MemberIdentityChange>();
        string? orderNumber = null;
        foreach (var (stored, composition) in state.State.Orders.Zip(corrected.History))
        {
            var members = stored.Members.Select((m, i) => m with { SubjectId = composition.Members[i].SubjectId }).ToList();
            var changed = members.Zip(stored.Members)
                .Where(pair => !string.Equals(pair.First.SubjectId, pair.Second.SubjectId, StringComparison.Ordinal))
                .Select(pair => new MemberIdentityChange(pair.First.Name, pair.Second.SubjectId, pair.First.SubjectId))
                .ToList();
            if (changed.Count > 0)
            {
                orderNumber = stored.Order.Number;
                changes.AddRange(changed);
            }

            next.Orders.Add(stored with { Members = members });
        }

        // Nothing changed (a retry, or identities already as stated): nothing to record.
        if (orderNumber is not null)
        {
            await state.CommitAsync(next,
                [EventCatalogue.Pending(new CommissionMemberIdentitiesCorrected(Id, orderNumber, changes, command.Reason.Trim()), actor, AuditScope, time.GetUtcNow())],
                this);
        }

        return Info();
    }

    /// <summary>One write: the new order with its event.</summary>
    private Task Commit(ConstituteCommission order, IPlatformEvent @event, Actor actor)
    {
        var next = state.State.Copy();
        next.Orders.Add(order);
        return state.CommitAsync(next, [EventCatalogue.Pending(@event, actor, CommissionIds.InstitutionOf(Id), time.GetUtcNow())], this);
    }

    public Task<CommissionInfo?> Get() => Task.FromResult(state.State.Orders.Count == 0 ? null : Info());

    private Commission Domain() => CommissionMapping.ToDomain(state.State.Orders);

    /// <summary>A later order or a correction needs the founding order first (clause 11).</summary>
    private void EnsureEstablished()
    {
        if (state.State.Orders.Count == 0)
        {
            throw new DomainException(DomainErrorCode.NotFound,
                Message.Of("commissionGrain.commissionBeenEstablished"), "commissionId", "11");
        }
    }

    /// <summary>The command as stored: its regulation's quorum read as the platform reads it (see <see cref="CommissionMapping.Normalise"/>).</summary>
    private static ConstituteCommission Normalise(ConstituteCommission command) =>
        command with { Regulation = CommissionMapping.Normalise(command.Regulation) };

    private static bool IsRepeatOf(ConstituteCommission known, ConstituteCommission command) =>
        Fingerprint.Of(known) == Fingerprint.Of(command);

    /// <summary>
    /// The Commission with its history; current is the composition in force today (Kazakhstan time), so a
    /// reconstitution dated in the future is not reported as current before its date.
    /// </summary>
    private CommissionInfo Info()
    {
        var orders = state.State.Orders;
        var history = orders.Select((o, i) => new CommissionCompositionInfo(
            o.Order, o.Members, o.Order.Date, i + 1 < orders.Count ? orders[i + 1].Order.Date : null,
            CommissionMapping.ToInfo(CommissionMapping.ToDomain(o.Regulation) ?? CommissionRegulation.Default))).ToList();
        var today = KazakhstanTime.Today(time);
        var current = history.LastOrDefault(c => c.InForceFrom <= today) ?? history[0];
        return new CommissionInfo(Id, CommissionIds.InstitutionOf(Id), current, history);
    }

    [LoggerMessage(EventId = 5301, Level = LogLevel.Warning,
        Message = "The Commission's stored quorums could not be restated as exact fractions now; they are read as stored and the next activation tries again.")]
    private static partial void LogQuorumMigrationFailed(ILogger logger, Exception exception);
}
