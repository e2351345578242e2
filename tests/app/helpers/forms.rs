//! Forms as a browser sends them, and what a refused form must show.

/// A complete, valid registration, as a browser posts it.
pub fn valid_form() -> Vec<(&'static str, &'static str)> {
    vec![
        ("title", "Safe water for 200 rural schools in Cambodia"),
        ("category", "partnership"),
        (
            "objective",
            "Bring safe drinking water to 200 rural schools by 2030.",
        ),
        ("stakeholders", "Pupils and teachers."),
        ("partner_name", "UNICEF Cambodia"),
        ("partner_entity_type", "un-entity"),
        ("partner_name", "WaterAid"),
        ("partner_entity_type", "ngo"),
        ("implementation", "Drill wells and train staff."),
        ("sdgs", "6"),
        ("sdgs", "4"),
        ("targets", "6.1"),
        ("targets", "4.a"),
        ("methods", "technology"),
        ("methods", "capacity-building"),
        ("other_methods", "South-South cooperation, Radio"),
        ("start_date", "1980-01-01"),
        ("completion_date", "2030-12-31"),
        ("regions", "asia-pacific"),
        ("regions", "global"),
        ("countries", "KH"),
        ("countries", "LA"),
        ("lead_entity", "Ministry of Rural Development"),
        ("entity_type", "government"),
        ("contact_name", "Sokha Chan"),
        ("contact_position", "Programme manager"),
        ("contact_email", "sokha@example.org"),
        ("contact_phone", "+855 23 456 789"),
        ("contact_public", "on"),
        ("deliverable_title", "First 50 wells"),
        ("deliverable_due_date", "2027-06-30"),
        ("deliverable_status", "in-progress"),
        ("resource_kind", "financing"),
        ("resource_description", "Grant for drilling"),
        ("resource_amount", "25000"),
        ("resource_currency", "USD"),
    ]
}

/// The valid form with each `(name, value)` of `changes` in place of every value of that
/// name (added where the form has none); an empty value posts the field empty.
pub fn valid_form_with(
    changes: &[(&'static str, &'static str)],
) -> Vec<(&'static str, &'static str)> {
    let mut form: Vec<_> = valid_form()
        .into_iter()
        .filter(|(name, _)| !changes.iter().any(|(changed, _)| changed == name))
        .collect();
    form.extend_from_slice(changes);
    form
}

/// Asserts the GOV.UK error pattern for `field` on a 422 page and returns the page.
pub async fn refused(response: reqwest::Response, field: &str) -> String {
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("<title>Error: "), "the title says Error");
    assert!(page.contains("role=\"alert\"") && page.contains("There is a problem"));
    assert!(
        page.contains(&format!("href=\"#{field}\"")),
        "{field} in the summary"
    );
    assert!(
        page.contains(&format!("id=\"{field}-error\"")),
        "{field}'s message"
    );
    page
}
