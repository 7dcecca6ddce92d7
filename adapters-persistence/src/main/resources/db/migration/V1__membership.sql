-- Membership: members and their own roles, shops with their staff and customers, and refresh
-- tokens. Secrets are never stored in clear: passwords only as the hasher's slow hashes, refresh
-- tokens and a withdrawn member's former address only as SHA-256 digests (64 hex digits).
-- The same script runs on PostgreSQL 15 and on H2 in PostgreSQL mode. Lengths count UTF-16
-- units on H2, so a name of 100 code points gets 200.

CREATE TABLE members (
    id                            UUID                     NOT NULL,
    -- normalised by the domain (trimmed, lower-case); a withdrawn member holds a tombstone address
    email                         VARCHAR(254)             NOT NULL,
    former_email_digest           VARCHAR(64),
    name                          VARCHAR(200),
    phone                         VARCHAR(32),
    password_hash                 VARCHAR(512),
    temporary_password_hash       VARCHAR(512),
    temporary_password_expires_at TIMESTAMP WITH TIME ZONE,
    temporary_password_used       BOOLEAN                  NOT NULL DEFAULT FALSE,
    email_verified                BOOLEAN                  NOT NULL,
    failed_logins                 INTEGER                  NOT NULL DEFAULT 0,
    locked_until                  TIMESTAMP WITH TIME ZONE,
    block_reason                  VARCHAR(500),
    blocked_since                 TIMESTAMP WITH TIME ZONE,
    blocked_until                 TIMESTAMP WITH TIME ZONE,
    withdrawn_at                  TIMESTAMP WITH TIME ZONE,
    joined_at                     TIMESTAMP WITH TIME ZONE NOT NULL,
    tokens_not_before             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT members_pkey PRIMARY KEY (id),
    CONSTRAINT members_email_key UNIQUE (email),
    CONSTRAINT members_failed_logins_check CHECK (failed_logins >= 0),
    CONSTRAINT members_temporary_password_check
        CHECK ((temporary_password_hash IS NULL) = (temporary_password_expires_at IS NULL)),
    CONSTRAINT members_block_check
        CHECK ((block_reason IS NULL) = (blocked_since IS NULL)
            AND (blocked_until IS NULL OR blocked_until > blocked_since))
);

-- not unique: an address may sign up again after a withdrawal, and withdraw again
CREATE INDEX members_former_email_digest_idx ON members (former_email_digest);

-- the roles a member holds itself; shop roles follow from shops and shop_designers
CREATE TABLE member_roles (
    member_id UUID        NOT NULL,
    role      VARCHAR(16) NOT NULL,
    CONSTRAINT member_roles_pkey PRIMARY KEY (member_id, role),
    CONSTRAINT member_roles_member_fkey FOREIGN KEY (member_id) REFERENCES members (id),
    CONSTRAINT member_roles_role_check CHECK (role IN ('CUSTOMER', 'ADMIN'))
);

CREATE TABLE shops (
    id           UUID                     NOT NULL,
    code         VARCHAR(32)              NOT NULL,
    name         VARCHAR(200)             NOT NULL,
    time_zone    VARCHAR(64)              NOT NULL,
    slot_minutes INTEGER                  NOT NULL,
    owner_id     UUID                     NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT shops_pkey PRIMARY KEY (id),
    CONSTRAINT shops_code_key UNIQUE (code),
    CONSTRAINT shops_owner_fkey FOREIGN KEY (owner_id) REFERENCES members (id),
    CONSTRAINT shops_slot_minutes_check CHECK (slot_minutes IN (5, 10, 15, 20, 30, 60))
);

CREATE INDEX shops_owner_idx ON shops (owner_id);

-- the designers of a shop (never its owner)
CREATE TABLE shop_designers (
    shop_id   UUID NOT NULL,
    member_id UUID NOT NULL,
    CONSTRAINT shop_designers_pkey PRIMARY KEY (shop_id, member_id),
    CONSTRAINT shop_designers_shop_fkey FOREIGN KEY (shop_id) REFERENCES shops (id),
    CONSTRAINT shop_designers_member_fkey FOREIGN KEY (member_id) REFERENCES members (id)
);

CREATE INDEX shop_designers_member_idx ON shop_designers (member_id);

CREATE TABLE shop_customers (
    shop_id       UUID                     NOT NULL,
    member_id     UUID                     NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT shop_customers_pkey PRIMARY KEY (shop_id, member_id),
    CONSTRAINT shop_customers_shop_fkey FOREIGN KEY (shop_id) REFERENCES shops (id),
    CONSTRAINT shop_customers_member_fkey FOREIGN KEY (member_id) REFERENCES members (id)
);

CREATE INDEX shop_customers_member_idx ON shop_customers (member_id);

CREATE TABLE refresh_tokens (
    digest     VARCHAR(64)              NOT NULL,
    family_id  UUID                     NOT NULL,
    member_id  UUID                     NOT NULL,
    status     VARCHAR(8)               NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT refresh_tokens_pkey PRIMARY KEY (digest),
    CONSTRAINT refresh_tokens_member_fkey FOREIGN KEY (member_id) REFERENCES members (id),
    CONSTRAINT refresh_tokens_status_check CHECK (status IN ('ACTIVE', 'ROTATED', 'REVOKED'))
);

CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_member_idx ON refresh_tokens (member_id);
