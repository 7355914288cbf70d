-- Orleans ADO.NET clustering (membership) for PostgreSQL, written for Orleans 10.4.2.
-- The providers read their statements from OrleansQuery at start-up; every text below uses the
-- @Name parameters the provider binds. Re-runnable: IF NOT EXISTS and upserts only.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,
    CONSTRAINT PK_OrleansQuery PRIMARY KEY (QueryKey)
);

-- One row per cluster (DeploymentId = ClusterId); Version is the membership table's ETag.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL,
    Timestamp    timestamptz  NOT NULL DEFAULT now(),
    Version      integer      NOT NULL DEFAULT 0,
    CONSTRAINT PK_OrleansMembershipVersionTable PRIMARY KEY (DeploymentId)
);

-- One row per silo incarnation (address, port, generation).
CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL,
    Address      varchar(45)  NOT NULL,
    Port         integer      NOT NULL,
    Generation   integer      NOT NULL,
    SiloName     varchar(150) NOT NULL,
    HostName     varchar(150) NOT NULL,
    Status       integer      NOT NULL,
    ProxyPort    integer      NULL,
    SuspectTimes text         NULL,
    StartTime    timestamptz  NOT NULL,
    IAmAliveTime timestamptz  NOT NULL,
    CONSTRAINT PK_OrleansMembershipTable PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_OrleansMembershipTable_Version FOREIGN KEY (DeploymentId)
        REFERENCES OrleansMembershipVersionTable (DeploymentId) ON DELETE CASCADE
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
(
    'InsertMembershipVersionKey', $q$
    WITH inserted AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        VALUES (@DeploymentId)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1
    )
    SELECT count(*)::integer FROM inserted;
$q$),
(
    -- The version row is bumped first: its row lock serialises concurrent writers, and the
    -- insert happens only when the caller's table version was current, all in one statement.
    'InsertMembershipKey', $q$
    WITH bumped AS (
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = @DeploymentId
          AND Version = @Version
          AND NOT EXISTS (
              SELECT 1 FROM OrleansMembershipTable
              WHERE DeploymentId = @DeploymentId AND Address = @Address
                AND Port = @Port AND Generation = @Generation)
        RETURNING DeploymentId
    ),
    inserted AS (
        INSERT INTO OrleansMembershipTable
            (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort,
             StartTime, IAmAliveTime)
        SELECT b.DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
               @ProxyPort, @StartTime, @IAmAliveTime
        FROM bumped b
        RETURNING 1
    )
    SELECT count(*)::integer FROM inserted;
$q$),
(
    'UpdateMembershipKey', $q$
    WITH bumped AS (
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = @DeploymentId
          AND Version = @Version
          AND EXISTS (
              SELECT 1 FROM OrleansMembershipTable
              WHERE DeploymentId = @DeploymentId AND Address = @Address
                AND Port = @Port AND Generation = @Generation)
        RETURNING DeploymentId
    ),
    updated AS (
        UPDATE OrleansMembershipTable m
        SET Status = @Status,
            SuspectTimes = @SuspectTimes::text,
            IAmAliveTime = @IAmAliveTime
        FROM bumped b
        WHERE m.DeploymentId = b.DeploymentId AND m.Address = @Address
          AND m.Port = @Port AND m.Generation = @Generation
        RETURNING 1
    )
    SELECT count(*)::integer FROM updated;
$q$),
(
    -- Heartbeats do not change the table version (Orleans never checks their result).
    'UpdateIAmAlivetimeKey', $q$
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = @IAmAliveTime
    WHERE DeploymentId = @DeploymentId AND Address = @Address
      AND Port = @Port AND Generation = @Generation;
$q$),
(
    -- The LEFT JOIN returns the version row even when the silo has no row yet.
    'MembershipReadRowKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName,
           m.Status, m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
           ON m.DeploymentId = v.DeploymentId AND m.Address = @Address
          AND m.Port = @Port AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
$q$),
(
    'MembershipReadAllKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName,
           m.Status, m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
$q$),
(
    'DeleteMembershipTableEntriesKey', $q$
    WITH members AS (
        DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId
    )
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),
(
    -- Status 3 = Active; clients connect to active silos with a gateway port only.
    'GatewaysQueryKey', $q$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),
(
    -- Status 6 = Dead: only silos declared dead and silent since the cut-off are removed.
    'CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Status = 6
      AND IAmAliveTime < @IAmAliveTime;
$q$),
(
    -- Per-row variant: deletes one dead row only if it has not been touched since it was read.
    'CleanupDefunctSiloEntryKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Address = @Address
      AND Port = @Port AND Generation = @Generation
      AND Status = 6
      AND StartTime <= @StartTime::timestamptz
      AND IAmAliveTime <= @IAmAliveTime::timestamptz;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
