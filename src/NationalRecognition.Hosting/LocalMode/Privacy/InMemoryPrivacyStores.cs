using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Grains.Privacy;

namespace NationalRecognition.Hosting.LocalMode.Privacy;

/// <summary>
/// Local mode's read records and data keys, one set per in-memory event log, so that every silo of an in-process
/// cluster shares them (as they would share the database).
/// </summary>
public static class InMemoryPrivacyStores
{
    private static readonly ConditionalWeakTable<InMemoryEventLog, InMemoryPersonalDataReadStore> Reads = [];
    private static readonly ConditionalWeakTable<InMemoryEventLog, InMemoryLearnerKeyStore> Keys = [];

    /// <summary>The read records kept beside <paramref name="log"/>.</summary>
    public static InMemoryPersonalDataReadStore ReadsOf(InMemoryEventLog log) => Reads.GetValue(log, _ => new InMemoryPersonalDataReadStore());

    /// <summary>The data keys kept beside <paramref name="log"/>.</summary>
    public static InMemoryLearnerKeyStore KeysOf(InMemoryEventLog log) => Keys.GetValue(log, _ => new InMemoryLearnerKeyStore());

    /// <summary>Registers the stores beside <paramref name="log"/>.</summary>
    public static IServiceCollection AddInMemoryPrivacyStores(this IServiceCollection services, Func<IServiceProvider, InMemoryEventLog> log) =>
        services
            .AddSingleton<IPersonalDataReadStore>(sp => ReadsOf(log(sp)))
            .AddSingleton<ILearnerKeyStore>(sp => KeysOf(log(sp)));
}
