-- Orleans ADO.NET reminders for PostgreSQL, written for Orleans 10.4.2.
-- Period is in milliseconds; GrainHash is the grain's uniform hash as a signed integer, which is
-- how the provider splits the ring into ranges.

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    varchar(150) NOT NULL,
    GrainId      varchar(512) NOT NULL,
    ReminderName varchar(150) NOT NULL,
    StartTime    timestamptz  NOT NULL,
    Period       bigint       NOT NULL,
    GrainHash    integer      NOT NULL,
    Version      integer      NOT NULL,
    CONSTRAINT PK_OrleansRemindersTable PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

CREATE INDEX IF NOT EXISTS IX_OrleansRemindersTable_GrainHash
    ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
(
    'UpsertReminderRowKey', $q$
    INSERT INTO OrleansRemindersTable
        (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES
        (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period::bigint, @GrainHash, 0)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
        SET StartTime = EXCLUDED.StartTime,
            Period = EXCLUDED.Period,
            GrainHash = EXCLUDED.GrainHash,
            Version = OrleansRemindersTable.Version + 1
    RETURNING Version;
$q$),
(
    'ReadReminderRowsKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
$q$),
(
    'ReadReminderRowKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
$q$),
(
    -- The range (BeginHash, EndHash] when it does not wrap around.
    'ReadRangeRows1Key', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
$q$),
(
    -- The wrap-around range: above BeginHash or up to EndHash.
    'ReadRangeRows2Key', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$q$),
(
    'DeleteReminderRowKey', $q$
    WITH deleted AS (
        DELETE FROM OrleansRemindersTable
        WHERE ServiceId = @ServiceId AND GrainId = @GrainId
          AND ReminderName = @ReminderName AND Version = @Version
        RETURNING 1
    )
    SELECT count(*)::integer FROM deleted;
$q$),
(
    'DeleteReminderRowsKey', $q$
    DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
