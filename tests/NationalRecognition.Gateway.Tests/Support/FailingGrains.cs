using System.Net.Sockets;
using Npgsql;

namespace NationalRecognition.Gateway.Tests.Support;

/// <summary>
/// A grain call filter of the co-hosted silo that makes calls to a few marked grain keys fail the way the cluster
/// fails: the target silo gone, no answer within the response timeout, storage unreachable.
/// </summary>
public sealed class FailingGrains : IIncomingGrainCallFilter
{
    /// <summary>Calls to this key fail as calls to a dead silo do.</summary>
    public const string SiloGone = "990340000015";

    /// <summary>Calls to this key answer only after the response timeout.</summary>
    public const string Slow = "990340000026";

    /// <summary>Calls to this key fail as a state write to an unreachable PostgreSQL does.</summary>
    public const string StorageDown = "990340000037";

    /// <summary>Longer than the response timeout of <see cref="FailureGatewayFactory"/>.</summary>
    public static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(4);

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        switch (context.TargetId.Key.ToString())
        {
            case SiloGone:
                throw new SiloUnavailableException("The target silo became unavailable for message: probe.");
            case Slow:
                await Task.Delay(SlowAnswer);
                break;
            case StorageDown:
                // What Orleans' storage bridge throws when the ADO.NET provider cannot reach PostgreSQL.
                throw new OrleansException("Error from storage provider recognition during WriteStateAsync",
                    new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)));
        }

        await context.Invoke();
    }
}
