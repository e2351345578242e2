//! Unit tests of the search parameters: strict values, repeats, defaults and round trips.
use super::*;

fn parse(query: &str) -> Result<SearchQuery, ParamError> {
    let pairs: Vec<(String, String)> = serde_html_form::from_str(query).unwrap();
    SearchQuery::parse(&pairs)
}

#[test]
fn repeated_parameters_collect_their_values_once_each() {
    let q = parse("sdg=6&sdg=13&sdg=6&region=africa").unwrap();
    assert_eq!(q.selected(Facet::Sdg), ["6", "13"]);
    assert_eq!(q.selected(Facet::Region), ["africa"]);
}

#[test]
fn bad_values_name_their_parameter() {
    for (query, param) in [
        ("region=atlantis", "region"),
        ("sdg=18", "sdg"),
        ("sdg=0", "sdg"),
        ("page=0", "page"),
        ("per_page=101", "per_page"),
        ("per_page=0", "per_page"),
        ("country=XX", "country"),
        ("status=paused", "status"),
        ("sort=random", "sort"),
        ("start_from=1800", "start_from"),
        ("start_to=soon", "start_to"),
        ("target=6.9", "target"),
        ("reporting=late", "reporting"),
    ] {
        let error = parse(query).unwrap_err();
        assert_eq!(error.param, param, "{query}");
        assert!(
            error.message.starts_with(param),
            "{query}: {}",
            error.message
        );
    }
}

#[test]
fn unknown_parameters_and_empty_values_are_ignored() {
    let q = parse("utm_source=x&region=&sdg=").unwrap();
    assert_eq!(q, SearchQuery::default());
}

#[test]
fn the_search_text_is_limited_to_500_characters() {
    assert!(parse(&format!("q={}", "é".repeat(500))).is_ok());
    assert_eq!(
        parse(&format!("q={}", "a".repeat(501))).unwrap_err().param,
        "q"
    );
}

#[test]
fn the_default_order_depends_on_the_search_text() {
    assert_eq!(parse("").unwrap().effective_sort(), Sort::Newest);
    assert_eq!(parse("q=water").unwrap().effective_sort(), Sort::Relevance);
    assert_eq!(
        parse("q=water&sort=title").unwrap().effective_sort(),
        Sort::Title
    );
}

#[test]
fn start_years_must_be_in_order() {
    assert_eq!(
        parse("start_from=2020&start_to=2010").unwrap_err().param,
        "start_from"
    );
    assert!(parse("start_from=2010&start_to=2010").is_ok());
}

#[test]
fn a_query_survives_its_own_url() {
    let text = "q=c%C3%B4te+d%27ivoire&sdg=6&sdg=13&region=africa&target=6.1&start_from=2000&sort=title&page=3";
    let query = parse(text).unwrap();
    assert_eq!(parse(&query.to_query_string()).unwrap(), query);
    let fewer = query.without_value(Facet::Sdg, "6");
    assert_eq!(fewer.selected(Facet::Sdg), ["13"]);
    assert_eq!(fewer.page, 1);
}

#[test]
fn country_codes_are_upper_case_as_everywhere_else() {
    assert_eq!(
        parse("country=KE").unwrap().selected(Facet::Country),
        ["KE"]
    );
    assert_eq!(parse("country=ke").unwrap_err().param, "country");
}

#[test]
fn single_value_parameters_may_not_repeat() {
    for query in [
        "q=water&q=sanitation",
        "sort=title&sort=newest",
        "page=1&page=2",
        "per_page=5&per_page=1",
    ] {
        let error = parse(query).unwrap_err();
        assert!(error.message.contains("give it once"), "{query}");
    }
}

#[test]
fn control_characters_leave_the_search_text() {
    assert_eq!(parse("q=wa%00ter%0A").unwrap().q, "wa ter");
}
