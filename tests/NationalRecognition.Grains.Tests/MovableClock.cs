using NationalRecognition.Testing;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// The clock of the moved-clock cluster: like <see cref="TestClock"/>, real time shifted so that a test starts on
/// <see cref="TestClock.StartsAt"/>, and moved forward by whole days when a test says so, so that the Commission can
/// decide weeks after the submission. Timers and delays keep real time (only the wall clock moves).
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private readonly TimeSpan _start = TestClock.StartsAt - System.GetUtcNow();
    private long _movedTicks;

    private MovableClock()
    {
    }

    /// <summary>One clock for the silo of the moved-clock cluster; its tests run one at a time.</summary>
    public static MovableClock Instance { get; } = new();

    /// <summary>The day in Kazakhstan the clock shows now.</summary>
    public DateOnly Today => DateOnly.FromDateTime((GetUtcNow() + TimeSpan.FromHours(5)).UtcDateTime);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _start + TimeSpan.FromTicks(Interlocked.Read(ref _movedTicks));

    /// <summary>Back to the test day (<see cref="TestClock.Today"/>).</summary>
    public void Reset() => Interlocked.Exchange(ref _movedTicks, 0);

    /// <summary>Moves the clock forward by whole days.</summary>
    public void MoveForward(int days) => Interlocked.Add(ref _movedTicks, TimeSpan.FromDays(days).Ticks);
}
