-- A shop's back office: what it keeps about each customer, its customer groups, its message templates.

-- visits counts COMPLETED reservations; memo is the shop's private note (at most 2,000 characters;
-- the column is wider because H2 counts UTF-16 units, not characters)
ALTER TABLE shop_customers ADD COLUMN visits INTEGER NOT NULL DEFAULT 0;
ALTER TABLE shop_customers ADD COLUMN last_visit_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE shop_customers ADD COLUMN memo VARCHAR(4000) NOT NULL DEFAULT '';

-- the groups an owner made; VIP, FREQUENT and BLACKLIST are never stored (their ids derive from the shop's)
CREATE TABLE customer_groups (
    id         UUID         NOT NULL,
    shop_id    UUID         NOT NULL,
    name       VARCHAR(200) NOT NULL,
    -- the name in lower case: names are unique per shop without case
    name_key   VARCHAR(200) NOT NULL,
    min_visits INTEGER,
    CONSTRAINT customer_groups_pkey PRIMARY KEY (id),
    CONSTRAINT customer_groups_shop_name_key UNIQUE (shop_id, name_key),
    CONSTRAINT customer_groups_shop_fkey FOREIGN KEY (shop_id) REFERENCES shops (id)
);

-- customers added to a group by hand, standard groups included (hence no key to customer_groups)
CREATE TABLE customer_group_members (
    shop_id   UUID NOT NULL,
    group_id  UUID NOT NULL,
    member_id UUID NOT NULL,
    CONSTRAINT customer_group_members_pkey PRIMARY KEY (shop_id, group_id, member_id),
    CONSTRAINT customer_group_members_customer_fkey FOREIGN KEY (shop_id, member_id)
        REFERENCES shop_customers (shop_id, member_id)
);

CREATE INDEX customer_group_members_member_idx ON customer_group_members (shop_id, member_id);

CREATE TABLE message_templates (
    id           UUID          NOT NULL,
    shop_id      UUID          NOT NULL,
    name         VARCHAR(400)  NOT NULL,
    body         VARCHAR(4000) NOT NULL,
    trigger_type VARCHAR(32)   NOT NULL,
    offset_days  INTEGER       NOT NULL,
    -- HH:mm in the shop's zone; NULL: the reservation's own time of day
    send_time    VARCHAR(5),
    CONSTRAINT message_templates_pkey PRIMARY KEY (id),
    CONSTRAINT message_templates_shop_fkey FOREIGN KEY (shop_id) REFERENCES shops (id)
);

CREATE INDEX message_templates_shop_idx ON message_templates (shop_id, trigger_type);
