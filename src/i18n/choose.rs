//! Which of our languages a browser prefers, from its `Accept-Language` header.

use super::lang::Lang;

/// The language the header ranks highest among ours (`q` weights honoured, `q=0` meaning
/// "not this one", equal weights in the header's order); `None` when it names none of ours.
pub fn from_accept_language(header: &str) -> Option<Lang> {
    let mut best: Option<(f32, Lang)> = None;
    for (lang, weight) in header.split(',').filter_map(ranked) {
        if weight > 0.0 && best.is_none_or(|(w, _)| weight > w) {
            best = Some((weight, lang));
        }
    }
    best.map(|(_, lang)| lang)
}

/// One entry (`fr-CH;q=0.9`) as one of our languages and its weight.
fn ranked(entry: &str) -> Option<(Lang, f32)> {
    let mut parts = entry.split(';');
    let lang = Lang::from_code(parts.next()?)?;
    let weight = parts
        .filter_map(|p| p.trim().strip_prefix("q="))
        .find_map(|q| q.trim().parse::<f32>().ok())
        .unwrap_or(1.0);
    Some((lang, weight))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_weight_among_our_languages_wins() {
        assert_eq!(from_accept_language("fr"), Some(Lang::Fr));
        assert_eq!(
            from_accept_language("de-DE,de;q=0.9,es;q=0.5,fr;q=0.4"),
            Some(Lang::Es)
        );
        assert_eq!(
            from_accept_language("en;q=0.3, ar-MA;q=0.8"),
            Some(Lang::Ar)
        );
        assert_eq!(from_accept_language("fr-CA, en"), Some(Lang::Fr));
    }

    #[test]
    fn none_of_ours_or_refused_ones_give_nothing() {
        assert_eq!(from_accept_language("de, ja;q=0.5"), None);
        assert_eq!(from_accept_language("fr;q=0"), None);
        assert_eq!(from_accept_language(""), None);
        assert_eq!(from_accept_language("*"), None);
    }
}
