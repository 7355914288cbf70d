namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>
/// The transaction a batch is written in, as the backend knows it: PostgreSQL's connection and transaction, or the
/// in-memory log's hold on its batches. A store reads it as its own backend's.
/// </summary>
public interface IProjectorTransaction;
