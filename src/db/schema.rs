// @generated in the shape of `diesel print-schema`, kept by hand to match migrations/.

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        name -> Text,
        password_hash -> Text,
        role -> Text,
        verified_at -> Nullable<Timestamp>,
        suspended_at -> Nullable<Timestamp>,
        session_generation -> BigInt,
        created_at -> Timestamp,
        language -> Nullable<Text>,
    }
}

diesel::table! {
    commitments (id) {
        id -> BigInt,
        title -> Text,
        title_sort -> Text,
        category -> Text,
        objective -> Text,
        stakeholders -> Text,
        implementation -> Text,
        results -> Text,
        enabling_factors -> Text,
        sustainability -> Text,
        other_sources -> Text,
        start_date -> Date,
        completion_date -> Nullable<Date>,
        geographical_coverage -> Text,
        lead_entity -> Text,
        entity_type -> Text,
        contact_name -> Text,
        contact_position -> Text,
        contact_email -> Text,
        contact_phone -> Text,
        contact_public -> Bool,
        workflow -> Text,
        owner_id -> Nullable<BigInt>,
        version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
        language -> Text,
    }
}

diesel::table! {
    commitment_values (commitment_id, kind, position) {
        commitment_id -> BigInt,
        kind -> Text,
        position -> Integer,
        value -> Text,
    }
}

diesel::table! {
    partners (commitment_id, position) {
        commitment_id -> BigInt,
        position -> Integer,
        name -> Text,
        entity_type -> Text,
    }
}

diesel::table! {
    deliverables (id) {
        id -> BigInt,
        commitment_id -> BigInt,
        position -> Integer,
        title -> Text,
        due_date -> Date,
        status -> Text,
    }
}

diesel::table! {
    resources (commitment_id, position) {
        commitment_id -> BigInt,
        position -> Integer,
        kind -> Text,
        description -> Text,
        amount -> Nullable<BigInt>,
        currency -> Nullable<Text>,
    }
}

diesel::table! {
    progress_reports (id) {
        id -> BigInt,
        commitment_id -> BigInt,
        reported_on -> Date,
        status -> Text,
        percent_complete -> Nullable<Integer>,
        achievements -> Text,
        challenges -> Text,
        next_steps -> Text,
        author_id -> Nullable<BigInt>,
        hidden_reason -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    workflow_events (id) {
        id -> BigInt,
        commitment_id -> BigInt,
        actor_id -> Nullable<BigInt>,
        event -> Text,
        comment -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    account_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        purpose -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        next_path -> Nullable<Text>,
    }
}

diesel::table! {
    login_failures (subject_hash) {
        subject_hash -> Text,
        failures -> BigInt,
        last_failure_at -> Timestamp,
    }
}

diesel::table! {
    site_notice (id) {
        id -> BigInt,
        message -> Text,
        level -> Text,
        read_only -> Bool,
        updated_at -> Nullable<Timestamp>,
        updated_by -> Nullable<BigInt>,
    }
}

diesel::joinable!(commitments -> users (owner_id));
diesel::joinable!(account_tokens -> users (user_id));
diesel::joinable!(commitment_values -> commitments (commitment_id));
diesel::joinable!(partners -> commitments (commitment_id));
diesel::joinable!(deliverables -> commitments (commitment_id));
diesel::joinable!(resources -> commitments (commitment_id));
diesel::joinable!(progress_reports -> commitments (commitment_id));
diesel::joinable!(workflow_events -> commitments (commitment_id));

diesel::allow_tables_to_appear_in_same_query!(
    users,
    commitments,
    commitment_values,
    partners,
    deliverables,
    resources,
    progress_reports,
    workflow_events,
    account_tokens,
    login_failures,
    site_notice,
);

diesel::table! {
    form_drafts (id) {
        id -> BigInt,
        key_hash -> Text,
        user_id -> Nullable<BigInt>,
        client_hash -> Text,
        form_path -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    saved_drafts (id) {
        id -> BigInt,
        user_id -> BigInt,
        commitment_id -> Nullable<BigInt>,
        title -> Text,
        body -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    revisions (id) {
        id -> BigInt,
        commitment_id -> BigInt,
        version -> BigInt,
        actor_id -> Nullable<BigInt>,
        kind -> Text,
        restored_from -> Nullable<BigInt>,
        snapshot -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(revisions -> commitments (commitment_id));
diesel::allow_tables_to_appear_in_same_query!(revisions, users);
diesel::allow_tables_to_appear_in_same_query!(revisions, commitments);

diesel::table! {
    commitment_editors (commitment_id, user_id) {
        commitment_id -> BigInt,
        user_id -> BigInt,
        added_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    photos (id) {
        id -> BigInt,
        commitment_id -> BigInt,
        file_name -> Text,
        content_type -> Text,
        width -> Integer,
        height -> Integer,
        byte_size -> BigInt,
        alt_text -> Text,
        caption -> Text,
        uploaded_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    reminders (id) {
        id -> BigInt,
        commitment_id -> BigInt,
        reporting -> Text,
        sent_to -> Text,
        sent_at -> Timestamp,
    }
}

diesel::joinable!(commitment_editors -> commitments (commitment_id));
diesel::joinable!(commitment_editors -> users (user_id));
diesel::joinable!(reminders -> commitments (commitment_id));
diesel::allow_tables_to_appear_in_same_query!(commitment_editors, users);
diesel::allow_tables_to_appear_in_same_query!(commitment_editors, commitments);
diesel::allow_tables_to_appear_in_same_query!(reminders, commitments);
diesel::joinable!(photos -> commitments (commitment_id));
diesel::allow_tables_to_appear_in_same_query!(photos, commitments);

diesel::table! {
    sign_ins (id) {
        id -> BigInt,
        user_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::joinable!(sign_ins -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(sign_ins, users);

diesel::table! {
    mail_log (recipient_hash, kind) {
        recipient_hash -> Text,
        kind -> Text,
        sent_at -> Timestamp,
    }
}

diesel::table! {
    mail_preferences (user_id) {
        user_id -> BigInt,
        review_mail -> Bool,
    }
}

diesel::table! {
    account_events (id) {
        id -> BigInt,
        user_id -> BigInt,
        actor_id -> Nullable<BigInt>,
        event -> Text,
        reason -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    contact_messages (id) {
        id -> BigInt,
        sender_id -> BigInt,
        commitment_id -> BigInt,
        sent_at -> Timestamp,
    }
}

diesel::joinable!(mail_preferences -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(mail_preferences, users);

diesel::table! {
    saved_searches (id) {
        id -> BigInt,
        user_id -> BigInt,
        name -> Text,
        query -> Text,
        created_at -> Timestamp,
        last_mailed_on -> Nullable<Date>,
    }
}

diesel::table! {
    saved_search_hits (saved_search_id, commitment_id) {
        saved_search_id -> BigInt,
        commitment_id -> BigInt,
        mailed_at -> Timestamp,
    }
}

diesel::joinable!(saved_searches -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(saved_searches, users);

diesel::table! {
    search_changes (seq) {
        seq -> BigInt,
        commitment_id -> BigInt,
    }
}
