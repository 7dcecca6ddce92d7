-- Reservation: the services shops offer, designers' working hours, shops' booking rules, the
-- reservations themselves, and one lock row per designer. The same script runs on PostgreSQL 15
-- and on H2 in PostgreSQL mode. Lengths count UTF-16 units on H2, so a text of N code points
-- gets 2N.
--
-- No double booking: a unit of work that writes a reservation's time first locks its designer's
-- row in designer_locks (inserted if missing, then SELECT ... FOR UPDATE), then looks for
-- reservations that block the time, then writes. Units for one designer thus check and write one
-- after the other, on any number of application instances.

CREATE TABLE shop_services (
    id               UUID                            NOT NULL,
    -- the order services were added in, for listing
    added_seq        BIGINT GENERATED ALWAYS AS IDENTITY,
    shop_id          UUID                            NOT NULL,
    name             VARCHAR(200)                    NOT NULL,
    duration_minutes INTEGER                         NOT NULL,
    buffer_minutes   INTEGER                         NOT NULL,
    price            NUMERIC(12, 3)                  NOT NULL,
    CONSTRAINT shop_services_pkey PRIMARY KEY (id),
    CONSTRAINT shop_services_shop_fkey FOREIGN KEY (shop_id) REFERENCES shops (id),
    CONSTRAINT shop_services_duration_check CHECK (duration_minutes BETWEEN 1 AND 1440),
    CONSTRAINT shop_services_buffer_check CHECK (buffer_minutes BETWEEN 0 AND 1440),
    CONSTRAINT shop_services_price_check CHECK (price >= 0)
);

CREATE INDEX shop_services_shop_idx ON shop_services (shop_id, added_seq);

-- one row per designer and shop whose hours were set, even to nothing
CREATE TABLE designer_schedules (
    shop_id     UUID NOT NULL,
    designer_id UUID NOT NULL,
    CONSTRAINT designer_schedules_pkey PRIMARY KEY (shop_id, designer_id),
    CONSTRAINT designer_schedules_shop_fkey FOREIGN KEY (shop_id) REFERENCES shops (id),
    CONSTRAINT designer_schedules_designer_fkey FOREIGN KEY (designer_id) REFERENCES members (id)
);

-- weekly ranges in the shop's local time; day_of_week is ISO (1 = Monday ... 7 = Sunday)
CREATE TABLE designer_hours (
    shop_id     UUID     NOT NULL,
    designer_id UUID     NOT NULL,
    day_of_week SMALLINT NOT NULL,
    start_time  TIME     NOT NULL,
    end_time    TIME     NOT NULL,
    CONSTRAINT designer_hours_pkey PRIMARY KEY (shop_id, designer_id, day_of_week, start_time),
    CONSTRAINT designer_hours_schedule_fkey FOREIGN KEY (shop_id, designer_id)
        REFERENCES designer_schedules (shop_id, designer_id),
    CONSTRAINT designer_hours_day_check CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT designer_hours_range_check CHECK (start_time < end_time)
);

CREATE TABLE designer_days_off (
    shop_id     UUID NOT NULL,
    designer_id UUID NOT NULL,
    off_day     DATE NOT NULL,
    CONSTRAINT designer_days_off_pkey PRIMARY KEY (shop_id, designer_id, off_day),
    CONSTRAINT designer_days_off_schedule_fkey FOREIGN KEY (shop_id, designer_id)
        REFERENCES designer_schedules (shop_id, designer_id)
);

-- a shop's own booking rules, in whole seconds; shops without a row follow the defaults
CREATE TABLE booking_policies (
    shop_id                     UUID   NOT NULL,
    minimum_notice_seconds      BIGINT NOT NULL,
    horizon_seconds             BIGINT NOT NULL,
    cancellation_cutoff_seconds BIGINT NOT NULL,
    CONSTRAINT booking_policies_pkey PRIMARY KEY (shop_id),
    CONSTRAINT booking_policies_shop_fkey FOREIGN KEY (shop_id) REFERENCES shops (id)
);

CREATE TABLE reservations (
    id              UUID                     NOT NULL,
    shop_id         UUID                     NOT NULL,
    designer_id     UUID                     NOT NULL,
    customer_id     UUID                     NOT NULL,
    start_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- end_at plus the last service's buffer: overlap is judged on [start_at, blocked_until)
    blocked_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    price           NUMERIC(12, 3)           NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    -- a HELD row stops blocking at this instant, whatever its stored status says
    hold_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    note            VARCHAR(1000),
    idempotency_key VARCHAR(255),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reservations_pkey PRIMARY KEY (id),
    -- NULL keys are distinct, so only requests that sent a key are deduplicated
    CONSTRAINT reservations_idempotency_key UNIQUE (customer_id, idempotency_key),
    CONSTRAINT reservations_shop_fkey FOREIGN KEY (shop_id) REFERENCES shops (id),
    CONSTRAINT reservations_designer_fkey FOREIGN KEY (designer_id) REFERENCES members (id),
    CONSTRAINT reservations_customer_fkey FOREIGN KEY (customer_id) REFERENCES members (id),
    CONSTRAINT reservations_status_check
        CHECK (status IN ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'COMPLETED', 'NO_SHOW')),
    CONSTRAINT reservations_time_check CHECK (start_at < end_at AND end_at <= blocked_until)
);

-- the overlap check under the designer's lock and availability: one designer, a window of time
CREATE INDEX reservations_designer_start_idx ON reservations (designer_id, start_at);
CREATE INDEX reservations_shop_start_idx ON reservations (shop_id, start_at);
CREATE INDEX reservations_customer_start_idx ON reservations (customer_id, start_at, id);
-- the sweeper: stored holds by expiry
CREATE INDEX reservations_status_expiry_idx ON reservations (status, hold_expires_at);

-- the booked services of each reservation, in the order booked
CREATE TABLE reservation_services (
    reservation_id UUID     NOT NULL,
    item_no        SMALLINT NOT NULL,
    service_id     UUID     NOT NULL,
    CONSTRAINT reservation_services_pkey PRIMARY KEY (reservation_id, item_no),
    CONSTRAINT reservation_services_reservation_fkey FOREIGN KEY (reservation_id) REFERENCES reservations (id),
    CONSTRAINT reservation_services_service_fkey FOREIGN KEY (service_id) REFERENCES shop_services (id)
);

CREATE INDEX reservation_services_service_idx ON reservation_services (service_id);

-- one row per designer, locked with SELECT ... FOR UPDATE by every unit of work that writes a
-- reservation's time for that designer; the row carries no data
CREATE TABLE designer_locks (
    designer_id UUID NOT NULL,
    CONSTRAINT designer_locks_pkey PRIMARY KEY (designer_id)
);
