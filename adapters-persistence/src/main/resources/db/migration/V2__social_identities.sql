-- Social login: which member each identity-provider account logs in. An identity (the
-- provider's configured name and its stable subject) is linked to at most one member; a member
-- may have several. Subjects are matched exactly (case-sensitively) and are at most 255 UTF-16
-- units, which fits VARCHAR(255) on H2 and PostgreSQL alike.

CREATE TABLE social_identities (
    provider  VARCHAR(32)              NOT NULL,
    subject   VARCHAR(255)             NOT NULL,
    member_id UUID                     NOT NULL,
    linked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT social_identities_pkey PRIMARY KEY (provider, subject),
    CONSTRAINT social_identities_member_fkey FOREIGN KEY (member_id) REFERENCES members (id)
);

CREATE INDEX social_identities_member_idx ON social_identities (member_id);
