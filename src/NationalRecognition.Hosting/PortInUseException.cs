namespace NationalRecognition.Hosting;

/// <summary>A silo's silo or gateway port is already taken by another process; the silo does not start.</summary>
public sealed class PortInUseException : Exception
{
    public PortInUseException()
    {
        Setting = string.Empty;
    }

    public PortInUseException(string message)
        : base(message)
    {
        Setting = string.Empty;
    }

    public PortInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Setting = string.Empty;
    }

    /// <param name="endpoint">The address and port the silo would listen on.</param>
    /// <param name="setting">The configuration key that chooses the port, e.g. <c>Recognition:GatewayPort</c>.</param>
    /// <param name="innerException">The failed bind.</param>
    public PortInUseException(System.Net.IPEndPoint endpoint, string setting, Exception innerException)
        : base(Describe(endpoint, setting), innerException)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Port = endpoint.Port;
        Setting = setting;
    }

    /// <summary>The port that is taken.</summary>
    public int Port { get; }

    /// <summary>The configuration key to change.</summary>
    public string Setting { get; }

    /// <summary>The port conflict behind a failed start: Orleans reports a failed start-up stage around its cause.</summary>
    public static PortInUseException? FindIn(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is PortInUseException portInUse)
            {
                return portInUse;
            }

            if (exception is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(FindIn).FirstOrDefault(found => found is not null);
            }
        }

        return null;
    }

    private static string Describe(System.Net.IPEndPoint endpoint, string setting) =>
        $"Port {endpoint.Port} ({endpoint}) is already in use by another process, perhaps another silo or a local-mode "
        + $"instance. Stop that process or set {setting} (environment variable {setting.Replace(":", "__", StringComparison.Ordinal)}) "
        + "to a free port. The silo did not start: two silos on one port would split its connections between them.";
}
