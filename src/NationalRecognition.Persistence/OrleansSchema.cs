namespace NationalRecognition.Persistence;

/// <summary>What the Orleans 10.4.2 ADO.NET providers need to find in the database.</summary>
public static class OrleansSchema
{
    /// <summary>Tables the clustering, storage and reminder providers use.</summary>
    public static IReadOnlyList<string> RequiredTables { get; } =
    [
        "orleansquery",
        "orleansmembershipversiontable",
        "orleansmembershiptable",
        "orleansstorage",
        "orleansreminderstable",
    ];

    /// <summary>Query keys read from OrleansQuery; a missing one stops a silo at start-up.</summary>
    public static IReadOnlyList<string> RequiredQueryKeys { get; } =
    [
        // Clustering.
        "InsertMembershipVersionKey",
        "InsertMembershipKey",
        "UpdateMembershipKey",
        "UpdateIAmAlivetimeKey",
        "MembershipReadRowKey",
        "MembershipReadAllKey",
        "DeleteMembershipTableEntriesKey",
        "GatewaysQueryKey",
        "CleanupDefunctSiloEntriesKey",
        "CleanupDefunctSiloEntryKey",
        // Grain storage.
        "ReadFromStorageKey",
        "WriteToStorageKey",
        "ClearStorageKey",
        "DeleteStorageKey",
        // Reminders.
        "UpsertReminderRowKey",
        "ReadReminderRowsKey",
        "ReadReminderRowKey",
        "ReadRangeRows1Key",
        "ReadRangeRows2Key",
        "DeleteReminderRowKey",
        "DeleteReminderRowsKey",
    ];
}
