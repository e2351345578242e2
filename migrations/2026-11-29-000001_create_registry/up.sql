-- Accounts: what the registration, moderation and admin pages need.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'contributor'
        CHECK (role IN ('contributor', 'moderator', 'admin')),
    verified_at TIMESTAMP,
    suspended_at TIMESTAMP,
    -- Bumped to end every session of the user (reset, role change, suspension).
    session_generation INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    -- The title folded to lower case without accents, for A–Z sorting.
    title_sort TEXT NOT NULL,
    category TEXT NOT NULL,
    objective TEXT NOT NULL,
    stakeholders TEXT NOT NULL,
    implementation TEXT NOT NULL,
    results TEXT NOT NULL,
    enabling_factors TEXT NOT NULL,
    sustainability TEXT NOT NULL,
    other_sources TEXT NOT NULL,
    start_date DATE NOT NULL,
    completion_date DATE CHECK (completion_date IS NULL OR completion_date >= start_date),
    geographical_coverage TEXT NOT NULL,
    lead_entity TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_position TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    contact_public BOOLEAN NOT NULL,
    workflow TEXT NOT NULL
        CHECK (workflow IN ('submitted', 'published', 'returned', 'archived')),
    owner_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP
);
CREATE INDEX commitments_by_workflow_published ON commitments (workflow, published_at, id);
CREATE INDEX commitments_by_workflow_title ON commitments (workflow, title_sort, id);
CREATE INDEX commitments_by_workflow_start ON commitments (workflow, start_date, id);
CREATE INDEX commitments_by_contact_email ON commitments (contact_email COLLATE NOCASE);
CREATE INDEX commitments_by_owner ON commitments (owner_id);

-- Every multi-valued vocabulary of a commitment, one row per value, in the record's order.
CREATE TABLE commitment_values (
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    kind TEXT NOT NULL
        CHECK (kind IN ('sdg', 'target', 'method', 'other_method', 'region', 'country')),
    position INTEGER NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (commitment_id, kind, position)
) WITHOUT ROWID;
CREATE INDEX commitment_values_by_value ON commitment_values (kind, value, commitment_id);

CREATE TABLE partners (
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    PRIMARY KEY (commitment_id, position)
) WITHOUT ROWID;

CREATE TABLE deliverables (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    due_date DATE NOT NULL,
    status TEXT NOT NULL,
    UNIQUE (commitment_id, position)
);

CREATE TABLE resources (
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount >= 0),
    currency TEXT NOT NULL,
    PRIMARY KEY (commitment_id, position)
) WITHOUT ROWID;

CREATE TABLE progress_reports (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    reported_on DATE NOT NULL,
    status TEXT NOT NULL,
    percent_complete INTEGER CHECK (percent_complete BETWEEN 0 AND 100),
    achievements TEXT NOT NULL,
    challenges TEXT NOT NULL,
    next_steps TEXT NOT NULL,
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    hidden_reason TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX progress_reports_by_commitment ON progress_reports (commitment_id, reported_on);

-- Who moved a commitment through review, when, and why.
CREATE TABLE workflow_events (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    actor_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    event TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX workflow_events_by_commitment ON workflow_events (commitment_id, id);
