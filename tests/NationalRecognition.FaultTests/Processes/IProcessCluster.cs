namespace NationalRecognition.FaultTests.Processes;

/// <summary>A cluster of the platform's processes as a fault scenario ends it: its logs kept after a failure, deleted after a clean run.</summary>
public interface IProcessCluster
{
    /// <summary>Where every process's full output is written.</summary>
    string LogDirectory { get; }

    /// <summary>Whether disposing deletes <see cref="LogDirectory"/> (set after a clean run).</summary>
    bool DeleteLogsOnDispose { get; set; }

    /// <summary>The tail of every process's output (running or exited), for a failure report.</summary>
    string DescribeProcesses();
}
