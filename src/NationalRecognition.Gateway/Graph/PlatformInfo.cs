using System.Reflection;

namespace NationalRecognition.Gateway.Graph;

/// <summary>What the gateway says about itself: the product name and the build's version.</summary>
/// <param name="Name">Product name from the assembly's metadata.</param>
/// <param name="Version">Informational version of the gateway build (includes the source revision when known).</param>
public sealed record PlatformInfo(string Name, string Version)
{
    /// <summary>Read once from the gateway assembly: the values are fixed for the life of the process.</summary>
    public static PlatformInfo Current { get; } = FromAssembly(typeof(PlatformInfo).Assembly);

    internal static PlatformInfo FromAssembly(Assembly assembly)
    {
        var name = assembly.GetCustomAttribute<AssemblyProductAttribute>()?.Product
            ?? assembly.GetName().Name
            ?? "unknown";
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
        return new PlatformInfo(name, version);
    }
}
