use super::*;

fn texts(block: &Block) -> Vec<String> {
    block
        .items
        .iter()
        .map(|item| item.iter().map(|s| s.text.as_str()).collect())
        .collect()
}

fn link(text: &str, href: &str) -> Span {
    Span {
        text: text.into(),
        href: Some(href.into()),
    }
}

#[test]
fn lines_starting_with_a_dash_or_a_bullet_make_one_list() {
    let found = blocks("We will:\n- drill wells\n• train staff\n-  keep logs\nThen report.");
    assert_eq!(found.len(), 3);
    assert!(found[0].is_paragraph());
    assert!(found[1].is_bullets());
    assert_eq!(
        texts(&found[1]),
        ["drill wells", "train staff", "keep logs"]
    );
    assert!(found[2].is_paragraph());
}

#[test]
fn numbered_lines_make_a_numbered_list_that_keeps_its_first_number() {
    let found = blocks("1. Survey\n2. Drill\n3) Train");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, BlockKind::Numbered);
    assert_eq!(found[0].start, None);
    assert_eq!(texts(&found[0]), ["Survey", "Drill", "Train"]);
    assert_eq!(blocks("4. Fourth\n5. Fifth")[0].start, Some(4));
}

#[test]
fn figures_and_hyphenated_words_stay_paragraphs() {
    for line in [
        "1.5 million people",
        "-5% emissions by 2030",
        "2030 is the goal",
        "-",
    ] {
        let found = blocks(line);
        assert!(found[0].is_paragraph(), "{line}");
        assert_eq!(texts(&found[0]), [line]);
    }
}

#[test]
fn every_line_is_its_own_paragraph_as_before() {
    let found = blocks("First line.\n\n  Second line.  \n");
    assert_eq!(found.len(), 2);
    assert_eq!(texts(&found[1]), ["Second line."]);
}

#[test]
fn web_addresses_become_links_without_the_punctuation_around_them() {
    let found = spans("See https://example.org/water?a=1&b=2, or (www.unicef.org/wash).");
    assert_eq!(
        found,
        [
            plain("See "),
            link(
                "https://example.org/water?a=1&b=2",
                "https://example.org/water?a=1&b=2"
            ),
            plain(", or ("),
            link("www.unicef.org/wash", "https://www.unicef.org/wash"),
            plain(")."),
        ]
    );
}

#[test]
fn parentheses_belonging_to_an_address_stay_in_it() {
    let found = spans("https://en.wikipedia.org/wiki/Water_(disambiguation) here");
    assert_eq!(
        found[0].href.as_deref(),
        Some("https://en.wikipedia.org/wiki/Water_(disambiguation)")
    );
}

#[test]
fn only_web_addresses_with_a_host_are_linked() {
    for text in [
        "javascript:alert(1)",
        "http://",
        "https://localhost/x",
        "mail me at someone@www.example.org",
        "ftp://example.org/file",
        "data:text/html,<script>alert(1)</script>",
    ] {
        assert!(spans(text).iter().all(|s| s.href.is_none()), "{text}");
    }
}

#[test]
fn hostile_text_stays_text_and_its_quotes_cannot_leave_the_link() {
    let found = spans("https://example.org/\"onmouseover=\"alert(1) <script>x</script>");
    assert_eq!(found[0].href.as_deref(), Some("https://example.org/"));
    let rest: String = found[1..].iter().map(|s| s.text.as_str()).collect();
    assert_eq!(rest, "\"onmouseover=\"alert(1) <script>x</script>");
    assert!(found[1..].iter().all(|s| s.href.is_none()));
}

#[test]
fn addresses_in_any_case_and_text_in_any_script_are_handled() {
    let found = spans("Voir HTTPS://Example.org/Été — 水 http://a.example.org");
    let links: Vec<&str> = found.iter().filter_map(|s| s.href.as_deref()).collect();
    assert_eq!(
        links,
        ["https://example.org/%C3%89t%C3%A9", "http://a.example.org/"]
    );
    let all: String = found.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        all,
        "Voir HTTPS://Example.org/Été — 水 http://a.example.org"
    );
}
