-- Orleans ADO.NET grain storage for PostgreSQL, written for Orleans 10.4.2.
-- Version is the ETag: a write or clear that does not match it changes nothing and returns the
-- caller's own ETag (or NULL on a first write), which the provider turns into an
-- InconsistentStateException.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamptz  NOT NULL DEFAULT now(),
    Version                integer      NOT NULL,
    -- One row per grain identity, so two concurrent first writes can never leave two rows.
    -- NULLS NOT DISTINCT: grains without a key extension are still unique (PostgreSQL 15+).
    CONSTRAINT UQ_OrleansStorage_Grain UNIQUE NULLS NOT DISTINCT
        (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
(
    'ReadFromStorageKey', $q$
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString::varchar;
$q$),
(
    -- With an ETag: update that exact version. Without one: insert, and the unique key makes
    -- the loser of a race get no row back (NULL), never a duplicate.
    'WriteToStorageKey', $q$
    WITH updated AS (
        UPDATE OrleansStorage
        SET PayloadBinary = @PayloadBinary, ModifiedOn = now(), Version = Version + 1
        WHERE @GrainStateVersion::integer IS NOT NULL
          AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
          AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
          AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString::varchar
          AND Version = @GrainStateVersion::integer
        RETURNING Version
    ),
    inserted AS (
        INSERT INTO OrleansStorage
            (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
             GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
        SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
               @GrainIdExtensionString::varchar, @ServiceId, @PayloadBinary, now(), 1
        WHERE @GrainStateVersion::integer IS NULL
        ON CONFLICT (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
            DO NOTHING
        RETURNING Version
    )
    SELECT COALESCE((SELECT Version FROM updated),
                    (SELECT Version FROM inserted),
                    @GrainStateVersion::integer) AS NewGrainStateVersion;
$q$),
(
    'ClearStorageKey', $q$
    WITH cleared AS (
        UPDATE OrleansStorage
        SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
        WHERE ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
          AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
          AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString::varchar
          AND Version = @GrainStateVersion::integer
        RETURNING Version
    )
    SELECT COALESCE((SELECT Version FROM cleared), @GrainStateVersion::integer) AS NewGrainStateVersion;
$q$),
(
    -- Used only when DeleteStateOnClear is on (it is off in this platform; see ADR 0002).
    'DeleteStorageKey', $q$
    WITH deleted AS (
        DELETE FROM OrleansStorage
        WHERE ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
          AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
          AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString::varchar
          AND Version = @GrainStateVersion::integer
        RETURNING Version + 1 AS Version
    )
    SELECT COALESCE((SELECT Version FROM deleted), @GrainStateVersion::integer) AS NewGrainStateVersion;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
