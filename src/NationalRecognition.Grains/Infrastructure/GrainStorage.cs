namespace NationalRecognition.Grains.Infrastructure;

/// <summary>The grain storage provider every grain of the platform persists to (memory or PostgreSQL).</summary>
public static class GrainStorage
{
    public const string Name = "recognition";
}
