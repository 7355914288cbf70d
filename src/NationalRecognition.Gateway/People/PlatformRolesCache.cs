using Microsoft.Extensions.Caching.Memory;
using NationalRecognition.Contracts.People;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.People;

/// <summary>
/// People's roles as the platform holds them, read from their <see cref="IPersonGrain"/> (one per platform identity, one
/// per IIN) and reused for <see cref="GatewayJwtOptions.PlatformRolesLifetime"/>, so a person's requests cost no grain
/// call each. A grant or revocation made through this gateway clears its entry at once; other gateways read it again
/// within the lifetime (the ADR says why that bound is acceptable).
/// </summary>
public sealed class PlatformRolesCache(IGrainFactory grains, GatewayJwtOptions options) : IDisposable
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>The roles held under <paramref name="personKey"/>.</summary>
    public async Task<PersonRoles> RolesOf(string personKey)
    {
        if (_entries.TryGetValue(personKey, out PersonRoles? cached) && cached is not null)
        {
            return cached;
        }

        var roles = await grains.GetGrain<IPersonGrain>(personKey).Get();
        _entries.Set(personKey, roles, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = options.PlatformRolesLifetime });
        return roles;
    }

    /// <summary>Forgets the roles held under <paramref name="personKey"/> (after a grant or revocation).</summary>
    public void Invalidate(string personKey) => _entries.Remove(personKey);

    public void Dispose() => _entries.Dispose();
}
