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

/// The valid form with `name` set to `value` (in place of every value of that name).
pub fn form_with(name: &'static str, value: &'static str) -> Vec<(&'static str, &'static str)> {
    valid_form_with(&[(name, value)])
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

/// The fields the form posting to `action` on `page` would send as it stands, as a browser
/// sends them: text inputs, hidden inputs, textareas, ticked boxes and radios, and the chosen
/// option of each select (buttons left out).
pub fn form_fields(page: &str, action: &str) -> Vec<(String, String)> {
    let start = page
        .find(&format!("action=\"{action}\""))
        .unwrap_or_else(|| panic!("no form posting to {action}"));
    let form = &page[start..start + page[start..].find("</form>").unwrap()];
    let mut fields = Vec::new();
    let mut rest = form;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').unwrap();
        let tag_end = rest[..end].find(char::is_whitespace).unwrap_or(end);
        let (tag, attributes) = (&rest[..tag_end], &rest[tag_end..end]);
        let attribute = |key: &str| attribute(attributes, key);
        match (tag, attribute("name")) {
            ("input", Some(name)) => {
                let kind = attribute("type").unwrap_or_default();
                let ticked = attribute("checked").is_some();
                if !matches!(kind.as_str(), "checkbox" | "radio") || ticked {
                    fields.push((name, attribute("value").unwrap_or_default()));
                }
            }
            ("textarea", Some(name)) => {
                let text = &rest[end + 1..];
                fields.push((name, unescape(&text[..text.find("</textarea>").unwrap()])));
            }
            ("select", Some(name)) => {
                let options = &rest[end..rest.find("</select>").unwrap()];
                fields.push((name, chosen_option(options)));
            }
            _ => {}
        }
    }
    fields
}

/// `fields` with every value of `name` replaced by `values` (where the first one stood).
pub fn with_values(
    mut fields: Vec<(String, String)>,
    name: &str,
    values: &[&str],
) -> Vec<(String, String)> {
    let at = fields
        .iter()
        .position(|(n, _)| n == name)
        .unwrap_or(fields.len());
    fields.retain(|(n, _)| n != name);
    let new = values.iter().map(|v| (name.to_string(), v.to_string()));
    fields.splice(at.min(fields.len())..at.min(fields.len()), new);
    fields
}

/// Fields as `submit` takes them.
pub fn as_pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect()
}

/// The value of attribute `key` in a tag's attributes (`Some("")` for a bare `checked`).
fn attribute(attributes: &str, key: &str) -> Option<String> {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() || rest.starts_with('/') {
            return None;
        }
        let name_end = rest
            .find(|c: char| c == '=' || c == '>' || c.is_whitespace())
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        let (value, after) = match rest[name_end..].strip_prefix("=\"") {
            Some(quoted) => {
                let close = quoted.find('"').unwrap();
                (unescape(&quoted[..close]), &quoted[close + 1..])
            }
            None => (String::new(), &rest[name_end..]),
        };
        if name == key {
            return Some(value);
        }
        rest = after;
    }
}

/// The value of the selected option, or of the first when none is selected.
fn chosen_option(options: &str) -> String {
    let tags: Vec<&str> = options
        .split("<option")
        .skip(1)
        .map(|o| &o[..o.find('>').unwrap()])
        .collect();
    let chosen = tags
        .iter()
        .find(|t| attribute(t, "selected").is_some())
        .or(tags.first());
    chosen
        .and_then(|t| attribute(t, "value"))
        .unwrap_or_default()
}

/// Text as askama escapes it, back to what it says.
pub fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}
