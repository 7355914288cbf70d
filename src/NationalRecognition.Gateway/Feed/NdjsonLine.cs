using System.Buffers;

namespace NationalRecognition.Gateway.Feed;

/// <summary>One line of the stream, by its number from 1: its bytes, or that it was longer than the limit.</summary>
internal sealed record NdjsonLine(long Number, ReadOnlySequence<byte> Bytes, bool TooLong);
