namespace NationalRecognition.Grains.Tests.Golden;

/// <summary>The values both the record samples and the event samples are made of; the golden files hold them, so never change one.</summary>
internal static class GoldenValues
{
    public const string LearnerIin = "990115450123";
    public const string InstitutionBin = "010140001234";
    public const string CommissionId = InstitutionBin + "/main";
    public const string RegistryKey = "coursera/cert7h2k9q4m";

    public static readonly Guid SampleApplicationId = Guid.Parse("5d0f3c8e-2a71-5b94-8c3e-71a9d24f06b5");
    public static readonly Guid SecondApplicationId = Guid.Parse("8b4e6a21-93c5-5f07-a1d2-4c6e0b8f7a39");
    public static readonly DateTimeOffset SubmittedAt = new(2025, 8, 14, 10, 30, 15, 250, TimeSpan.FromHours(5));
}
