-- People and roles held by the platform (issue [16]): who holds a role at each institution, a projection of the
-- RoleGranted/RoleRevoked events (the "role-holders" read model), read a keyset page at a time in the order of the
-- primary key. commission_id is '' for the roles held at the institution itself (head, registrar).
CREATE TABLE IF NOT EXISTS role_holders (
    institution_bin text        NOT NULL,
    role            smallint    NOT NULL,
    person_key      text        NOT NULL,
    commission_id   text        NOT NULL,
    issuer          text        NULL,
    subject         text        NULL,
    masked_iin      text        NULL,
    granted_at      timestamptz NOT NULL,
    PRIMARY KEY (institution_bin, role, person_key, commission_id)
);
