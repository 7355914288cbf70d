using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.People;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.ReadModels.RoleHolders;

namespace NationalRecognition.Hosting.LocalMode.ReadModels.RoleHolders;

/// <summary>Institutions' role holders in memory: one row per institution, role, person and Commission, read in cursor order.</summary>
public sealed class InMemoryRoleHolderStore : IReadModelStore, IRoleHolderQueries
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Bin, RoleHolderCursor Key), RoleHolder> _rows = [];

    /// <summary>The role holders kept beside <paramref name="log"/>.</summary>
    public static InMemoryRoleHolderStore Of(InMemoryEventLog log) => log.Rows(() => new InMemoryRoleHolderStore());

    public Task ApplyAsync(IProjectorTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var change in changes)
            {
                switch (change)
                {
                    case RoleHolderAdded added:
                        _rows[(added.InstitutionBin, RoleHolderCursor.Of(added.Holder))] = added.Holder;
                        break;
                    case RoleHolderRemoved removed:
                        _rows.Remove((removed.InstitutionBin, RoleHolderCursor.Of(removed.Holder)));
                        break;
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task ResetAsync(IProjectorTransaction transaction, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _rows.Clear();
        }

        return Task.CompletedTask;
    }

    public Task<Page<RoleHolder>> PageAsync(string institutionBin, PageRequest page, CancellationToken cancellationToken)
    {
        List<(RoleHolderCursor Key, RoleHolder Holder)> rows;
        lock (_gate)
        {
            rows = _rows.Where(r => r.Key.Bin == institutionBin).Select(r => (r.Key.Key, r.Value)).ToList();
        }

        rows.Sort((a, b) => a.Key.CompareTo(b.Key));
        var after = page.After is null ? (RoleHolderCursor?)null : RoleHolderCursor.Decode(page.After);
        var remaining = after is { } cursor ? rows.Where(r => r.Key.CompareTo(cursor) > 0).ToList() : rows;
        var slice = remaining.Take(page.First).ToList();
        return Task.FromResult(new Page<RoleHolder>(
            slice.Select(r => r.Holder).ToList(), slice.Select(r => r.Key.Encode()).ToList(), remaining.Count > slice.Count, rows.Count));
    }
}
