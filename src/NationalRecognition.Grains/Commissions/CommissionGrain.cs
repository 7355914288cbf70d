using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
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
public sealed class CommissionGrain(
    [PersistentState("commission", StorageNames.Recognition)] IPersistentState<CommissionState> state,
    IGrainFactory grains,
    TimeProvider time)
    : Grain, ICommissionGrain, IAuditScoped
{
    private string Id => this.GetPrimaryKeyString();

    public string AuditScope => CommissionIds.InstitutionOf(Id);

    [AuditedMutation]
    public async Task<CommissionInfo> Establish(ConstituteCommission command, Actor actor)
    {
        AccessPolicy.ConstituteCommission(actor, CommissionIds.InstitutionOf(Id));
        var institution = grains.GetGrain<IInstitutionGrain>(CommissionIds.InstitutionOf(Id));
        if (await institution.GetProfile() is null)
        {
            throw new DomainException(DomainErrorCode.NotFound,
                $"No institution with BIN {CommissionIds.InstitutionOf(Id)} is registered: register it before establishing its Commission.", "institutionBin");
        }

        if (state.State.Orders.Count > 0)
        {
            if (!IsRepeatOf(state.State.Orders[0], command))
            {
                throw new DomainException(DomainErrorCode.Conflict,
                    $"The Commission was already established by order {state.State.Orders[0].Order.Number}; a new order reconstitutes it.", "order.number", "11");
            }
        }
        else
        {
            _ = Commission.Establish(CommissionMapping.ToDomain(command.Order), CommissionMapping.ToDomain(command.Members), CommissionMapping.ToDomain(command.Regulation));
            await Commit(command, new CommissionEstablished(Id, command.Order, command.Members.Count), actor);
        }

        // Repeated on a retry too: the institution may not have heard of it if the first attempt died here.
        await institution.CommissionEstablished(Id);
        return Info();
    }

    [AuditedMutation]
    public async Task<CommissionInfo> Reconstitute(ConstituteCommission command, Actor actor)
    {
        AccessPolicy.ConstituteCommission(actor, CommissionIds.InstitutionOf(Id));
        if (state.State.Orders.Count == 0)
        {
            throw new DomainException(DomainErrorCode.NotFound,
                "The Commission has not been established yet: establish it by the head's order first.", "commissionId", "11");
        }

        if (IsRepeatOf(state.State.Orders[^1], command))
        {
            return Info();
        }

        _ = Domain().Reconstitute(CommissionMapping.ToDomain(command.Order), CommissionMapping.ToDomain(command.Members), CommissionMapping.ToDomain(command.Regulation));
        await Commit(command, new CommissionReconstituted(Id, command.Order, command.Members.Count), actor);
        return Info();
    }

    /// <summary>One write: the new order with its event.</summary>
    private Task Commit(ConstituteCommission order, IRecognitionEvent @event, Actor actor)
    {
        var next = state.State.Copy();
        next.Orders.Add(order);
        return state.CommitAsync(next, [EventCatalogue.Pending(@event, actor, CommissionIds.InstitutionOf(Id), time.GetUtcNow())], this);
    }

    public Task<CommissionInfo?> Get() => Task.FromResult(state.State.Orders.Count == 0 ? null : Info());

    private Commission Domain() => CommissionMapping.ToDomain(state.State.Orders);

    private static bool IsRepeatOf(ConstituteCommission known, ConstituteCommission command) =>
        Fingerprint.Of(known) == Fingerprint.Of(command);

    /// <summary>
    /// The Commission with its history; current is the composition in force today (Kazakhstan time), so a
    /// reconstitution dated in the future is not reported as current before its date.
    /// </summary>
    private CommissionInfo Info()
    {
        var orders = state.State.Orders;
        var history = orders.Select((o, i) => new Contracts.Commissions.CommissionComposition(
            o.Order, o.Members, o.Order.Date, i + 1 < orders.Count ? orders[i + 1].Order.Date : null,
            CommissionMapping.ToInfo(CommissionMapping.ToDomain(o.Regulation) ?? CommissionRegulation.Default))).ToList();
        var today = KazakhstanTime.Today(time);
        var current = history.LastOrDefault(c => c.InForceFrom <= today) ?? history[0];
        return new CommissionInfo(Id, CommissionIds.InstitutionOf(Id), current, history);
    }
}
