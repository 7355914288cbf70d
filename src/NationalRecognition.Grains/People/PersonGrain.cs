using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.People;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Domain.People;
using NationalRecognition.Grains.Audit;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;

namespace NationalRecognition.Grains.People;

/// <summary>
/// The roles the platform has granted one person (<see cref="PersonKeys"/>). The domain's <see cref="HeldRoles"/> judges
/// who may grant and revoke what; the grain commits the change with its <see cref="RoleGranted"/> or
/// <see cref="RoleRevoked"/> in one write, which the institution's audit log and the role-holders listing read.
/// </summary>
public sealed class PersonGrain(
    [PersistentState("person", StorageNames.Recognition)] IPersistentState<PersonState> state,
    TimeProvider time)
    : Grain, IPersonGrain
{
    private string Key => this.GetPrimaryKeyString();

    [AuditedMutation]
    public async Task<PersonRoles> Grant(ChangeRole command, Actor actor)
    {
        var (grantee, grant) = Judge(command);
        var held = new HeldRoles(state.State.Grants.Select(g => g.ToGrant()));
        if (!held.Grant(grant, Grantors.Of(actor, command.ActorIssuer), grantee))
        {
            return Current();
        }

        var next = Named(state.State.Copy(), grantee);
        next.Grants.Add(new GrantedRole(grant.Role, grant.InstitutionBin, grant.CommissionId, grant.Ministry, time.GetUtcNow(), actor.SubjectId));
        await Commit(next, new RoleGranted(Key, next.Issuer, next.Subject, next.MaskedIin, grant.Role, grant.InstitutionBin, grant.CommissionId, grant.Ministry),
            actor, grant.InstitutionBin);
        return Current();
    }

    [AuditedMutation]
    public async Task<PersonRoles> Revoke(ChangeRole command, Actor actor)
    {
        var (grantee, grant) = Judge(command);
        var held = new HeldRoles(state.State.Grants.Select(g => g.ToGrant()));
        if (!held.Revoke(grant, Grantors.Of(actor, command.ActorIssuer), grantee))
        {
            return Current();
        }

        var next = state.State.Copy();
        next.Grants.RemoveAll(g => g.ToGrant() == grant);
        await Commit(next, new RoleRevoked(Key, next.Issuer, next.Subject, next.MaskedIin, grant.Role, grant.InstitutionBin, grant.CommissionId, grant.Ministry),
            actor, grant.InstitutionBin);
        return Current();
    }

    public Task<PersonRoles> Get() => Task.FromResult(Current());

    private (Grantee Grantee, RoleGrant Grant) Judge(ChangeRole command)
    {
        var grantee = Grantee.Of(command.Person.Issuer, command.Person.Subject, command.Person.Iin);
        if (PersonKeys.For(command.Person) != Key)
        {
            // The gateway addresses the grain from the same reference; a mismatch is a caller's bug, not a person.
            throw new DomainException(DomainErrorCode.Validation, Message.Of("personGrain.otherPerson"), "person");
        }

        var role = command.Role;
        return (grantee, RoleGrant.For(role.Role, role.InstitutionBin, role.CommissionId, role.Ministry));
    }

    private static PersonState Named(PersonState next, Grantee grantee)
    {
        next.Issuer ??= grantee.Identity?.Issuer;
        next.Subject ??= grantee.Identity?.Subject;
        next.MaskedIin ??= grantee.Iin?.Mask();
        return next;
    }

    private PersonRoles Current() =>
        new(Key, state.State.Issuer, state.State.Subject, state.State.MaskedIin, state.State.Grants.ToList());

    /// <summary>One write: the next state and its event together, in the log of the institution the role is held at.</summary>
    private Task Commit(PersonState next, IPlatformEvent @event, Actor actor, string? institutionBin) =>
        state.CommitAsync(next, [EventCatalogue.Pending(@event, actor, institutionBin, time.GetUtcNow())], this);
}
