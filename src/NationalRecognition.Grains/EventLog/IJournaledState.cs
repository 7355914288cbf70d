namespace NationalRecognition.Grains.EventLog;

/// <summary>
/// A grain state that carries the events of its next write. The events are not part of the serialized state
/// (they have no <c>[Id]</c>): <see cref="EventLogGrainStorage"/> takes them and appends them to the log in
/// the transaction that stores the state.
/// </summary>
public interface IJournaledState
{
    List<PendingEvent> UncommittedEvents { get; }
}
