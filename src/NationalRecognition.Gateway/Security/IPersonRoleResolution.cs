namespace NationalRecognition.Gateway.Security;

/// <summary>
/// The step that turns a person's token (one whose role claim is not honoured, <see cref="RoleClaimTrust"/>) into the
/// role they act in, from the roles the platform holds for them. Registered by the gateway; a host without a cluster
/// (the security pipeline's own tests) has none, and tokens are then taken as they are.
/// </summary>
public interface IPersonRoleResolution : IMiddleware;
