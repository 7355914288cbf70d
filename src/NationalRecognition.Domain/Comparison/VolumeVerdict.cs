namespace NationalRecognition.Domain.Comparison;

public enum VolumeVerdict
{
    Equal,
    Exceeds,
    Short,
}
